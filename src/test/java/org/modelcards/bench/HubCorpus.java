package org.modelcards.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of Hub-style README cards, 2 KB to 200 KB (log-uniform), with front
 * matter, model-index results, template sections, tables and code, and a share of common mistakes.
 */
final class HubCorpus {
    private static final String[] LICENSES = {"apache-2.0", "mit", "cc-by-4.0", "other", "llama3", "Apache-2.0"};
    private static final String[] LANGUAGES = {"en", "fr", "de", "zh", "english", "yue", "multilingual"};
    private static final String[] TASKS = {"text-classification", "text-generation", "automatic-speech-recognition",
            "image-classification", "sentiment-magic"};
    private static final String[] HEADINGS = {"Model Details", "Model Description", "Uses", "Direct Use",
            "Out-of-Scope Use", "Bias, Risks, and Limitations", "Recommendations", "How to Get Started with the Model",
            "Training Details", "Training Data", "Training Procedure", "Evaluation", "Testing Data", "Factors", "Metrics",
            "Results", "Environmental Impact", "Acknowledgements", "Model Card Contact"};

    private HubCorpus() {
    }

    /** Writes {@code count} cards into {@code dir} (reusing it when already complete) and returns their paths. */
    static List<Path> write(Path dir, int count, long seed) throws IOException {
        return write(dir, count, seed, 2048, 204800);
    }

    /**
     * Cards sized as on the Hub: most 1-5 KB (median about 2.3 KB), one in eight 5-50 KB, one in fifty
     * 50-600 KB, each band log-uniform.
     */
    static List<Path> writeHubShaped(Path dir, int count, long seed) throws IOException {
        return write(dir, count, seed, HubCorpus::hubSize, "hub");
    }

    private static int hubSize(Random random) {
        double band = random.nextDouble();
        return band < 0.02 ? logUniform(random, 51200, 614400)
                : band < 0.145 ? logUniform(random, 5120, 51200) : logUniform(random, 1024, 5120);
    }

    private static int logUniform(Random random, int min, int max) {
        return (int) Math.round(min * Math.pow((double) max / min, random.nextDouble()));
    }

    /** Cards between {@code minBytes} and {@code maxBytes}, log-uniform. */
    static List<Path> write(Path dir, int count, long seed, int minBytes, int maxBytes) throws IOException {
        return write(dir, count, seed, random -> logUniform(random, minBytes, maxBytes), minBytes + "-" + maxBytes);
    }

    private static List<Path> write(Path dir, int count, long seed, java.util.function.ToIntFunction<Random> size,
            String sizes) throws IOException {
        Files.createDirectories(dir);
        Path done = dir.resolve(".complete-" + count + "-" + seed + "-" + sizes);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(dir.resolve(String.format("org%03d/model-%05d/README.md", i % 100, i)));
        }
        if (Files.exists(done)) {
            return paths;
        }
        Random random = new Random(seed);
        for (Path path : paths) {
            Files.createDirectories(path.getParent());
            int target = size.applyAsInt(random);
            Files.writeString(path, card(random, target), StandardCharsets.UTF_8);
        }
        Files.writeString(done, "");
        return paths;
    }

    static String card(Random random, int targetBytes) {
        StringBuilder out = new StringBuilder(targetBytes + 1024);
        String license = pick(random, LICENSES);
        out.append("---\nlicense: ").append(license).append('\n');
        if (license.equals("other") && random.nextBoolean()) {
            out.append("license_name: custom-1.0\nlicense_link: LICENSE.md\n");
        }
        out.append("language:\n- ").append(pick(random, LANGUAGES)).append("\n- ").append(pick(random, LANGUAGES)).append('\n');
        out.append("pipeline_tag: ").append(pick(random, TASKS)).append('\n');
        out.append("library_name: transformers\ntags:\n- nlp\n- example\n");
        out.append("datasets:\n- example-org/data-").append(random.nextInt(50)).append('\n');
        out.append("base_model: example-org/base-").append(random.nextInt(20)).append('\n');
        out.append("co2_eq_emissions: ").append(random.nextInt(5000)).append('\n');
        out.append("widget:\n- text: \"I love this product\"\n");
        int results = 1 + random.nextInt(Math.max(1, targetBytes / 4000));
        out.append("model-index:\n- name: model-").append(random.nextInt(1000)).append("\n  results:\n");
        for (int r = 0; r < results; r++) {
            out.append("  - task:\n      type: text-classification\n    dataset:\n      type: example-org/eval-")
                    .append(r % 7).append("\n      name: Eval ").append(r % 7).append("\n      split: test\n")
                    .append("      config: ").append(random.nextInt(10) == 0 ? "3" : "default").append('\n')
                    .append("    metrics:\n    - type: accuracy\n      value: 0.").append(100 + random.nextInt(899)).append('\n')
                    .append("    - type: f1\n      value: 0.").append(100 + random.nextInt(899)).append('\n');
        }
        out.append("---\n\n# Model Card for model-").append(random.nextInt(1000)).append("\n\n")
                .append("A classifier for short texts, trained on example data.\n\n");
        int h = 0;
        while (out.length() < targetBytes) {
            String heading = HEADINGS[h % HEADINGS.length];
            out.append(h % HEADINGS.length == 0 ? "## " : "### ").append(heading).append("\n\n");
            switch (random.nextInt(6)) {
                case 0 -> out.append("[More Information Needed]\n\n");
                case 1 -> out.append("| slice | accuracy | f1 |\n|---|---|---|\n")
                        .append("| short | 0.91 | 0.88 |\n".repeat(1 + random.nextInt(20))).append('\n');
                case 2 -> out.append("```python\nfrom transformers import pipeline\nclf = pipeline(\"text-classification\")\n")
                        .append("print(clf(\"great\"))\n```\n\n");
                default -> {
                    for (int p = 0; p < 1 + random.nextInt(4); p++) {
                        out.append("- This model was evaluated on several slices; performance drops on long and ")
                                .append("non-native texts, as the table shows. Users should check outputs before relying on them.\n");
                    }
                    out.append('\n');
                }
            }
            h++;
        }
        return out.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
