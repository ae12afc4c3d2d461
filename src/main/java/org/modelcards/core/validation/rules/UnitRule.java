package org.modelcards.core.validation.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.modelcards.core.model.Environment;
import org.modelcards.core.validation.CardSubject;
import org.modelcards.core.validation.Findings;
import org.modelcards.core.validation.Rule;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.RuleSource;
import org.modelcards.core.validation.Severity;

/** CO2 is recorded in grams (as the Hub's {@code co2_eq_emissions}) and energy in kWh; a value written with another unit is caught. */
final class UnitRule implements Rule {
    static final RuleInfo INFO = RuleInfo.of("VALUE-UNIT", Severity.WARNING, Rules.ALL, RuleSource.HUB_DOCS,
            "CO2 is in grams and energy in kWh, written as plain numbers.");
    private static final Pattern MASS = Pattern.compile("(?i).*\\d\\s*(kg|kilo|t\\b|tonnes?|tons?|tco2|mt)\\b?.*");
    private static final Pattern ENERGY = Pattern.compile("(?i).*\\d\\s*(mwh|gwh|wh|j|kj|mj)\\b.*");

    @Override
    public List<RuleInfo> infos() {
        return List.of(INFO);
    }

    @Override
    public void check(CardSubject subject, Findings findings) {
        Environment environment = subject.card().environment();
        String co2 = environment.co2Grams().strip().toLowerCase(Locale.ROOT);
        if (MASS.matcher(co2).matches()) {
            findings.report(INFO, "environment.co2Grams", "environment.co2Grams", "environment.co2Grams \""
                    + environment.co2Grams() + "\" has a unit other than grams; the Hub records CO2 in grams.",
                    "Convert to grams and write the number only: 2.94 kg is 2940.");
        }
        String energy = environment.energyKwh().strip().toLowerCase(Locale.ROOT);
        if (ENERGY.matcher(energy).matches() && !energy.contains("kwh")) {
            findings.report(INFO, "environment.energyKwh", "environment.energyKwh", "environment.energyKwh \""
                    + environment.energyKwh() + "\" has a unit other than kWh.", "Convert to kWh and write the number only: 1.2 MWh is 1200.");
        }
    }
}
