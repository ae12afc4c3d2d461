package org.modelcards.core.format.hf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which card field a README heading holds, for the Hub template's headings, Mitchell et al.'s and
 * common variants (case, numbering, "[optional]", "&" for "and"). Also which field a
 * {@code - **Label:** value} line fills, as the Hub template writes details and sources.
 */
final class HeadingMap {
    /** A heading that only groups others; prose directly under it goes to the given field, if any. */
    static final String GROUP = "";

    private static final Pattern NUMBERING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[ivx]+\\.)\\s+");
    private static final Pattern NOISE = Pattern.compile("\\[optional]|\\(optional\\)|[*_`:]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[.\\s]+$");

    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("model details", GROUP),
            Map.entry("model description", "details.description"),
            Map.entry("description", "details.description"),
            Map.entry("model sources", GROUP),
            Map.entry("uses", GROUP),
            Map.entry("intended use", "intendedUse.directUse"),
            Map.entry("intended uses", "intendedUse.directUse"),
            Map.entry("intended uses and limitations", "intendedUse.directUse"),
            Map.entry("direct use", "intendedUse.directUse"),
            Map.entry("primary intended uses", "intendedUse.directUse"),
            Map.entry("downstream use", "intendedUse.downstreamUse"),
            Map.entry("primary intended users", "intendedUse.primaryUsers"),
            Map.entry("out-of-scope use", "intendedUse.outOfScope"),
            Map.entry("out-of-scope uses", "intendedUse.outOfScope"),
            Map.entry("out of scope use", "intendedUse.outOfScope"),
            Map.entry("out-of-scope use cases", "intendedUse.outOfScope"),
            Map.entry("misuse", "misuse.risks"),
            Map.entry("misuse and malicious use", "misuse.risks"),
            Map.entry("misuse, malicious use, and out-of-scope use", "misuse.risks"),
            Map.entry("bias, risks, and limitations", "bias.limitations"),
            Map.entry("bias, risks and limitations", "bias.limitations"),
            Map.entry("limitations and bias", "bias.limitations"),
            Map.entry("bias and limitations", "bias.limitations"),
            Map.entry("risks and limitations", "bias.limitations"),
            Map.entry("limitations", "bias.limitations"),
            Map.entry("bias", "bias.biases"),
            Map.entry("biases", "bias.biases"),
            Map.entry("known biases", "bias.biases"),
            Map.entry("trade-offs", "bias.tradeoffs"),
            Map.entry("tradeoffs", "bias.tradeoffs"),
            Map.entry("recommendations", "bias.recommendations"),
            Map.entry("caveats and recommendations", "bias.recommendations"),
            Map.entry("ethical considerations", "bias.ethical"),
            Map.entry("fairness", "bias.fairness"),
            Map.entry("fairness assessment", "bias.fairness"),
            Map.entry("how to get started with the model", "more.gettingStarted"),
            Map.entry("how to use", "more.gettingStarted"),
            Map.entry("usage", "more.gettingStarted"),
            Map.entry("getting started", "more.gettingStarted"),
            Map.entry("quickstart", "more.gettingStarted"),
            Map.entry("training details", GROUP),
            Map.entry("training data", "data.training"),
            Map.entry("training and evaluation data", "data.training"),
            Map.entry("training procedure", "training.procedure"),
            Map.entry("preprocessing", "training.preprocessing"),
            Map.entry("training hyperparameters", "training.hyperparameters"),
            Map.entry("speeds, sizes, times", "training.speedsSizesTimes"),
            Map.entry("evaluation", GROUP),
            Map.entry("testing data, factors and metrics", GROUP),
            Map.entry("testing data", "data.evaluation"),
            Map.entry("evaluation data", "data.evaluation"),
            Map.entry("factors", "factors.relevant"),
            Map.entry("relevant factors", "factors.relevant"),
            Map.entry("evaluation factors", "factors.evaluation"),
            Map.entry("metrics", "metrics.measures"),
            Map.entry("model performance measures", "metrics.measures"),
            Map.entry("decision thresholds", "metrics.decisionThresholds"),
            Map.entry("variation approaches", "metrics.variation"),
            Map.entry("approaches to uncertainty and variability", "metrics.variation"),
            Map.entry("results", "evaluation.summary"),
            Map.entry("results by group", "evaluation.results"),
            Map.entry("disaggregated results", "evaluation.results"),
            Map.entry("licence terms", GROUP),
            Map.entry("license terms", GROUP),
            Map.entry("acceptable use policy", "license.acceptableUsePolicy"),
            Map.entry("usage restrictions", "license.restrictions"),
            Map.entry("distribution", "details.distribution"),
            Map.entry("integration", "details.integration"),
            Map.entry("evaluation results", "evaluation.summary"),
            Map.entry("quantitative analyses", "evaluation.summary"),
            Map.entry("model examination", "more.examination"),
            Map.entry("interpretability", "more.examination"),
            Map.entry("environmental impact", GROUP),
            Map.entry("technical specifications", GROUP),
            Map.entry("model architecture and objective", "details.architecture"),
            Map.entry("model architecture", "details.architecture"),
            Map.entry("compute infrastructure", GROUP),
            Map.entry("hardware", "training.hardware"),
            Map.entry("citation", "details.citationBibtex"),
            Map.entry("glossary", "more.glossary"),
            Map.entry("more information", "more.moreInformation"),
            Map.entry("model card authors", "more.cardAuthors"),
            Map.entry("model card contact", "more.cardContact"));

    /** Spellings of the Hub template's labels seen in cards; the template's own are {@link HubTemplate#label}. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("language(s)", "details.languages"),
            Map.entry("language", "details.languages"),
            Map.entry("fine-tuned from model", "details.baseModels"));

    private HeadingMap() {
    }

    /** The field a heading holds ({@link #GROUP} for a grouping heading), or empty for an unknown heading. */
    static Optional<String> field(String heading) {
        return Optional.ofNullable(HEADINGS.get(normalize(heading)));
    }

    /** Other spellings of the Hub template's label lines and the fields they fill. */
    static Map<String, String> labels() {
        return LABELS;
    }

    static String normalize(String heading) {
        String text = NOISE.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("");
        text = SPACES.matcher(text.replace("&", "and")).replaceAll(" ").strip();
        text = NUMBERING.matcher(text).replaceFirst("");
        return TRAILING.matcher(text).replaceAll("");
    }
}
