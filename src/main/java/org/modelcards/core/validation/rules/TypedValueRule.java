package org.modelcards.core.validation.rules;

import org.modelcards.core.validation.Meaning;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.NumberRange;
import org.modelcards.core.model.EvalResult;
import org.modelcards.core.model.Numbers;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/** Values of typed kinds: ISO 8601 dates, well-formed URLs, numbers in range, confidence bounds in order. */
final class TypedValueRule implements Rule {
    static final RuleInfo DATE = RuleInfo.of("VALUE-DATE", Severity.WARNING, Rules.ALL, RuleSource.ISO,
            "Dates are ISO 8601: 2026-11-22 (or 2026-11, 2026).");
    static final RuleInfo URL = RuleInfo.of("VALUE-URL", Severity.WARNING, Rules.ALL, RuleSource.ISO,
            "Links are absolute http(s) URLs.");
    static final RuleInfo NUMBER = RuleInfo.of("VALUE-NUMBER", Severity.WARNING, Rules.ALL, RuleSource.ISO,
            "Numbers are numbers, not negative where they count something, and whole where they count things.");
    static final RuleInfo INTERVAL = RuleInfo.of("VALUE-CI-ORDER", Severity.WARNING, Rules.ALL, RuleSource.STUDIO,
            "A confidence interval contains its value: low <= value <= high.");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** license_link may name a file in the repository, as the Hub's docs show. */
    private static final String RELATIVE_LINK_FIELD = "license.link";

    private final FieldCatalog catalog;
    private final Meaning meaning;

    TypedValueRule(FieldCatalog catalog, Meaning meaning) {
        this.catalog = catalog;
        this.meaning = meaning;
    }

    @Override
    public List<RuleInfo> infos() {
        return List.of(DATE, URL, NUMBER, INTERVAL);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        for (TextValue value : TextValue.all(subject.card(), catalog)) {
            String text = value.text().strip();
            // template text and "N/A" are the content rules' to report, not a malformed value
            if (text.isEmpty() || meaning.isNonAnswer(text) || meaning.templateText(text).isPresent()) {
                continue;
            }
            switch (value.kind()) {
                case DATE -> {
                    if (!isIsoDate(text)) {
                        findings.report(DATE, value.field().id(), value.path(), value.path() + " \"" + text
                                + "\" is not an ISO 8601 date.", "Write it as YYYY-MM-DD, e.g. 2026-11-22.");
                    }
                }
                case URL -> checkUrl(findings, value, text);
                case NUMBER -> {
                    // the Hub takes any metric value ("286.26 +/- 16.68", "20.0 ± 1.2"): api-model.ts, value: unknown
                    if (!value.path().endsWith("].value") || !value.path().startsWith("evaluation.results[")) {
                        checkNumber(findings, value, text);
                    }
                }
                default -> { }
            }
        }
        List<EvalResult> rows = subject.card().evaluation().results();
        for (int i = 0; i < rows.size(); i++) {
            checkInterval(findings, rows.get(i), "evaluation.results[" + i + "]");
        }
    }

    static boolean isIsoDate(String text) {
        try {
            if (YEAR.matcher(text).matches()) {
                return true;
            }
            if (text.length() == 7) {
                YearMonth.parse(text);
            } else {
                LocalDate.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void checkUrl(Findings findings, TextValue value, String text) {
        boolean relativeAllowed = value.path().equals(RELATIVE_LINK_FIELD);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            if (web || relativeAllowed && scheme.isEmpty() && !text.isBlank()) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        findings.report(URL, value.field().id(), value.path(), value.path() + " \"" + text + "\" is not a valid "
                + (relativeAllowed ? "URL or repository path." : "http(s) URL."),
                "Write the full address, e.g. https://example.org/paper.pdf (spaces as %20).");
    }

    private void checkNumber(Findings findings, TextValue value, String text) {
        Optional<BigDecimal> number = Numbers.parse(text);
        String id = value.field().id();
        boolean column = !value.path().equals(id);
        NumberRange range = column ? NumberRange.ANY : value.field().range();
        if (number.isEmpty() && Numbers.isOutOfRange(text)) {
            // quoted by its start only: the whole text may be thousands of digits
            String shown = text.length() <= 40 ? text : text.substring(0, 20) + "... (" + text.length() + " characters)";
            findings.report(NUMBER, id, value.path(), value.path() + " \"" + shown + "\" is out of range: written out it "
                    + "would have more than " + Numbers.MAX_LENGTH + " digits.", "Check for a typo in the digits or the exponent.");
        } else if (number.isEmpty()) {
            findings.report(NUMBER, id, value.path(), value.path() + " \"" + text + "\" is not a number.",
                    "Write digits only, e.g. 66000000 or 1.2e9, without units (the label says the unit).");
        } else if (range != NumberRange.ANY && number.get().signum() < 0) {
            findings.report(NUMBER, id, value.path(), value.path() + " is negative (" + text + ").", "It counts something: use 0 or more.");
        } else if (range == NumberRange.COUNT && number.get().stripTrailingZeros().scale() > 0) {
            findings.report(NUMBER, id, value.path(), value.path() + " is not a whole number (" + text + ").",
                    "Counts are whole numbers, e.g. 66000000.");
        }
    }

    private void checkInterval(Findings findings, EvalResult row, String path) {
        Optional<BigDecimal> value = Numbers.parse(row.value());
        Optional<BigDecimal> low = Numbers.parse(row.ciLow());
        Optional<BigDecimal> high = Numbers.parse(row.ciHigh());
        boolean wrong = low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0
                || value.isPresent() && low.isPresent() && low.get().compareTo(value.get()) > 0
                || value.isPresent() && high.isPresent() && high.get().compareTo(value.get()) < 0;
        if (wrong) {
            findings.report(INTERVAL, "evaluation.results", path + ".ciLow", path + " has a confidence interval ["
                    + row.ciLow() + ", " + row.ciHigh() + "] that does not contain its value " + row.value() + ".",
                    "Check the bounds: low <= value <= high.");
        }
    }
}
