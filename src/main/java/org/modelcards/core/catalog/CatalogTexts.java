package org.modelcards.core.catalog;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The human texts of the catalogue (labels, why a field matters, good and poor examples), from the
 * {@code fields} resource bundle so they can be translated.
 *
 * <pre>{@code
 * CatalogTexts texts = CatalogTexts.forLocale(Locale.ENGLISH);
 * texts.label("license.id");   // "Licence"
 * }</pre>
 */
public final class CatalogTexts {
    private static final String BUNDLE = "org.modelcards.core.catalog.fields";
    private final ResourceBundle bundle;

    private CatalogTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static CatalogTexts forLocale(Locale locale) {
        return new CatalogTexts(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The form label of a field (by id) or a column (by {@link Column#textKey()}). */
    public String label(String id) {
        return text(id + ".label", id);
    }

    /** Why the field matters and where the requirement comes from. */
    public String why(String id) {
        return text(id + ".why", "");
    }

    public String goodExample(String id) {
        return text(id + ".good", "");
    }

    public String poorExample(String id) {
        return text(id + ".poor", "");
    }

    public String sectionLabel(String sectionId) {
        return text("section." + sectionId + ".label", sectionId);
    }

    public String sectionIntro(String sectionId) {
        return text("section." + sectionId + ".intro", "");
    }

    /** Whether the bundle has this exact key, for the tests that keep the catalogue's texts complete. */
    public boolean has(String key) {
        return bundle.containsKey(key) && !bundle.getString(key).isBlank();
    }

    private String text(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
