package org.modelcards.core.validation.rules;

import org.modelcards.core.validation.Meaning;
import java.util.List;
import java.util.Set;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.FieldKind;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/**
 * What real cards get wrong in their prose: template text left in, risk sections answered with
 * "N/A" or "None", and answers too short to say anything.
 */
final class ContentRule implements Rule {
    static final RuleInfo TEMPLATE = new RuleInfo("LINT-TEMPLATE-TEXT", Severity.ERROR, Severity.WARNING, Rules.ALL,
            RuleSource.STUDIO, "Template text ([More Information Needed], the template's prompts, TODO, lorem ipsum) is left in.");
    static final RuleInfo NON_ANSWER = new RuleInfo("LINT-EMPTY-ANSWER", Severity.WARNING, Severity.WARNING, Rules.ALL,
            RuleSource.MITCHELL_2019, "A risk, bias, limitation or out-of-scope answer says nothing (N/A, None).");
    static final RuleInfo TOO_SHORT = new RuleInfo("LINT-TOO-SHORT", Severity.WARNING, Severity.INFO, Rules.ALL,
            RuleSource.STUDIO, "A prose answer is too short to say anything (fewer than " + ContentRule.MIN_WORDS + " words).");
    static final int MIN_WORDS = 5;
    /** Where "nothing to say" is itself a red flag: every model has risks, biases, limits and misuses. */
    private static final Set<String> RISK_SECTIONS = Set.of("bias", "misuse");
    private static final String OUT_OF_SCOPE = "intendedUse.outOfScope";

    private final FieldCatalog catalog;
    private final Meaning meaning;

    ContentRule(FieldCatalog catalog, Meaning meaning) {
        this.catalog = catalog;
        this.meaning = meaning;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(TEMPLATE, NON_ANSWER, TOO_SHORT);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        checkExtraSections(subject, findings);
        for (TextValue value : TextValue.all(subject.card(), catalog)) {
            String id = value.field().id();
            var template = meaning.templateText(value.text());
            if (template.isPresent()) {
                findings.report(TEMPLATE, id, value.path(), value.path() + " still contains template text \""
                        + template.get() + "\".", "Replace it with what is true of this model, or say plainly that it is unknown and why.");
                continue;
            }
            boolean risky = RISK_SECTIONS.contains(value.field().sectionId()) || id.equals(OUT_OF_SCOPE);
            if (risky && meaning.isNonAnswer(value.text())) {
                findings.report(NON_ANSWER, id, value.path(), value.path() + " says \"" + value.text().strip()
                        + "\", which tells readers nothing.", "Every model has limits and can be misused: name at least one, with who is affected.");
            } else if (value.kind() == FieldKind.MARKDOWN && value.path().equals(id) && !meaning.isNonAnswer(value.text())
                    && words(value.text()) < MIN_WORDS) {
                findings.report(TOO_SHORT, id, value.path(), value.path() + " is only " + words(value.text())
                        + " word(s) long.", "Say what, for whom and under which conditions, in a sentence or two.");
            }
        }
    }

    /** Sections the card does not model are kept verbatim, so template text left in them is found here. */
    private void checkExtraSections(CardSubject subject, Findings findings) {
        var sections = subject.card().extras().sections();
        for (int i = 0; i < sections.size(); i++) {
            String path = "extras.sections[" + i + "]";
            String heading = sections.get(i).heading();
            meaning.templateText(org.modelcards.core.format.hf.Markdown.visibleText(sections.get(i).markdown()))
                    .ifPresent(found -> findings.report(TEMPLATE, "extras.sections", path, "section \"" + heading
                            + "\" still contains template text \"" + found + "\".",
                            "Replace it with what is true of this model, or remove the section."));
        }
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
