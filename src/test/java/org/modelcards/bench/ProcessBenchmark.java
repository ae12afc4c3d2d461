package org.modelcards.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The command-line figures of DESIGN.md's budgets, each as a whole process beside its anchor measured
 * in the same run: the commands take turns round after round (A B C ... A B C ...), so a machine
 * whose speed drifts slows them all alike, and each figure is the median of its rounds.
 *
 * <ul>
 * <li>anchor: a bare JVM printing hello; against it {@code --version} and a one-card {@code validate}
 *     of a 60 KB README, through {@code bin/modelcard} (class-data archive, C1, serial GC) and as
 *     {@code java -jar};</li>
 * <li>anchor: {@link ParseOnlyFloor} over a Hub-shaped corpus; against it {@code validate} of the same
 *     folder (output streamed to a file), in cards/s, with the peak RSS of each.</li>
 * </ul>
 * Run: {@code mvn -Pbench verify -Dbench.cards=25000 -Dbench.rounds=5} (after {@code package}); a
 * harness, not a test. CPU seconds and peak RSS come from {@code /usr/bin/time} where it is installed.
 */
public final class ProcessBenchmark {
    private static final Path BENCH = Path.of("target", "bench");
    private static final Path JAR = Path.of("target", "modelcard-studio.jar");
    private static final Path LAUNCHER = Path.of("bin", "modelcard");
    private static final Path TIME = Path.of("/usr/bin/time");

    private ProcessBenchmark() {
    }

    /** One command's runs: wall, CPU (user + system) seconds and peak RSS in KB. */
    private record Runs(List<Double> wall, List<Double> cpu, List<Long> rss) {
        Runs() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        double wallMedian() {
            return median(wall);
        }

        double cpuMedian() {
            return median(cpu);
        }

        long rssMax() {
            return rss.stream().mapToLong(Long::longValue).max().orElse(-1);
        }
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn -q -DskipTests package first");
        }
        Files.createDirectories(BENCH);
        Path card = BENCH.resolve("card-60k.md");
        Files.writeString(card, HubCorpus.card(new Random(60), 60 * 1024), StandardCharsets.UTF_8);
        Path corpus = BENCH.resolve("hub-" + cards);
        List<Path> files = HubCorpus.writeHubShaped(corpus, cards, 42L);
        long bytes = 0;
        List<Long> sizes = new ArrayList<>();
        for (Path file : files) {
            sizes.add(Files.size(file));
            bytes += sizes.get(sizes.size() - 1);
        }
        sizes.sort(null);
        boolean archive = ensureArchive();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = Path.of("target", "test-classes").toString();
        Path batchOut = BENCH.resolve("validate-output.txt");

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("hello", List.of(java, "-cp", testClasses, "org.modelcards.bench.Hello"));
        commands.put("version launcher", List.of(LAUNCHER.toString(), "--version"));
        commands.put("version jar", List.of(java, "-jar", JAR.toString(), "--version"));
        commands.put("one card launcher", List.of(LAUNCHER.toString(), "validate", card.toString()));
        commands.put("one card jar", List.of(java, "-jar", JAR.toString(), "validate", card.toString()));
        commands.put("floor", List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.modelcards.bench.ParseOnlyFloor", corpus.toString()));
        commands.put("batch launcher", List.of(LAUNCHER.toString(), "validate", corpus.toString()));

        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; %d rounds, commands in turn; class-data archive: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), rounds,
                archive ? "target/modelcard-cli.jsa" : "none");
        System.out.printf(Locale.ROOT, "one card: %s (%d KB); corpus: %d Hub-shaped READMEs, %.1f MB, median %.1f KB, %d over 50 KB%n",
                card, Files.size(card) / 1024, files.size(), bytes / 1048576.0, sizes.get(sizes.size() / 2) / 1024.0,
                sizes.stream().filter(s -> s > 50 * 1024).count());

        Map<String, Runs> runs = new LinkedHashMap<>();
        commands.keySet().forEach(name -> runs.put(name, new Runs()));
        for (int round = -1; round < rounds; round++) { // round -1 warms the page cache and the JIT-less paths up
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                Path out = command.getKey().startsWith("batch") || command.getKey().equals("floor") ? batchOut : null;
                double[] measured = run(command.getValue(), out);
                if (round >= 0) {
                    Runs r = runs.get(command.getKey());
                    r.wall().add(measured[0]);
                    r.cpu().add(measured[1]);
                    r.rss().add((long) measured[2]);
                }
            }
        }
        long outputBytes = Files.size(batchOut);

        Runs hello = runs.get("hello");
        Runs floor = runs.get("floor");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %11s %11s  %s%n", "figure (median of rounds)", "wall s", "cpu s",
                "peak MB", "wall ratio", "cpu ratio", "goal");
        row("bare JVM hello-world (anchor A)", hello, null, "");
        row("--version, bin/modelcard", runs.get("version launcher"), hello, "");
        row("--version, java -jar", runs.get("version jar"), hello, "");
        row("validate one 60 KB README, bin/modelcard", runs.get("one card launcher"), hello, "<= 2.5x A");
        row("validate one 60 KB README, java -jar", runs.get("one card jar"), hello, "<= 2.5x A");
        row("parse-only floor, " + cards + " cards (anchor B)", floor, null, "");
        row("validate " + cards + " cards, bin/modelcard", runs.get("batch launcher"), floor, "<= 1.5x B, <= 256 MB");
        Runs batch = runs.get("batch launcher");
        System.out.printf(Locale.ROOT, "%nbatch throughput: floor %.0f cards/s, validate %.0f cards/s (goal >= 5,000 cards/s); "
                + "validate output %.1f MB, streamed to %s%n", cards / floor.wallMedian(), cards / batch.wallMedian(),
                outputBytes / 1048576.0, batchOut);
        if (!Files.isExecutable(TIME)) {
            System.out.println("(no /usr/bin/time: CPU seconds and peak RSS not measured; apt-get install time)");
        }
        editor(java, rounds);
    }

    /** The editor's figures from {@link WindowProbe}, on this display or under xvfb-run, or why not. */
    private static void editor(String java, int rounds) throws IOException, InterruptedException {
        List<String> display = System.getenv("DISPLAY") != null ? List.of()
                : Files.isExecutable(Path.of("/usr/bin/xvfb-run")) ? List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24") : null;
        if (display == null) {
            System.out.println("\neditor: no display and no xvfb-run; not measured (apt-get install xvfb libgtk-3-0 libxtst6)");
            return;
        }
        List<String> probe = new ArrayList<>(display);
        probe.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "org.modelcards.bench.WindowProbe"));
        List<Double> bare = new ArrayList<>();
        List<Double> studio = new ArrayList<>();
        for (int round = -1; round < rounds; round++) {
            double b = probeValue(probe, "bare", "firstFrameMs");
            double s = probeValue(probe, "studio", "firstFrameMs");
            if (round >= 0) {
                bare.add(b);
                studio.add(s);
            }
        }
        System.out.printf(Locale.ROOT, "%neditor, real window (%s), JVM start to first frame, median of %d rounds in turn:%n",
                display.isEmpty() ? "this display" : "Xvfb", rounds);
        System.out.printf(Locale.ROOT, "  bare JavaFX window (anchor C)        %7.0f ms%n", median(bare));
        System.out.printf(Locale.ROOT, "  editor with the example card's form  %7.0f ms  %.2fx C  (goal <= 1.2x C)%n", median(studio),
                median(studio) / median(bare));
        Path big = BENCH.resolve("card-600k.md");
        Files.writeString(big, HubCorpus.card(new Random(600), 600 * 1024), StandardCharsets.UTF_8);
        Map<String, String> cards = new LinkedHashMap<>();
        cards.put("24 KB real card (DeepSeek-R1 README)", "src/test/resources/realcards/publishers/deepseek-ai__DeepSeek-R1__README.md");
        cards.put("example card with 300 results", "results:300");
        cards.put("600 KB README", big.toString());
        System.out.println("typing into the description, key press to the pulse that lays the text out (anchor: one frame, 16 ms):");
        for (Map.Entry<String, String> card : cards.entrySet()) {
            List<String> command = new ArrayList<>(probe);
            command.addAll(List.of("typing", card.getValue()));
            String line = capture(command);
            System.out.printf(Locale.ROOT, "  %-38s %s  (goal p95 <= %s ms)%n", card.getKey(), line.replace("typing ", ""),
                    card.getValue().startsWith("src") ? "16" : "50");
        }
    }

    private static double probeValue(List<String> probe, String mode, String key) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(probe);
        command.add(mode);
        String line = capture(command);
        for (String part : line.split("\\s+")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException(mode + ": " + line);
    }

    /** The last line a command prints on stdout. */
    private static String capture(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(BENCH, "probe", ".txt");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(out);
        Files.deleteIfExists(out);
        return lines.isEmpty() ? "error=no output" : lines.get(lines.size() - 1);
    }

    private static void row(String what, Runs runs, Runs anchor, String goal) {
        String wallRatio = anchor == null ? "" : String.format(Locale.ROOT, "%.2fx", runs.wallMedian() / anchor.wallMedian());
        String cpuRatio = anchor == null || anchor.cpuMedian() <= 0 ? ""
                : String.format(Locale.ROOT, "%.2fx", runs.cpuMedian() / anchor.cpuMedian());
        System.out.printf(Locale.ROOT, "%-44s %9.3f %9.3f %9.0f %11s %11s  %s%n", what, runs.wallMedian(), runs.cpuMedian(),
                runs.rssMax() / 1024.0, wallRatio, cpuRatio, goal);
    }

    /** Makes the launcher's class-data archive when it is missing or older than the jar; whether there is one. */
    private static boolean ensureArchive() throws IOException, InterruptedException {
        Path archive = Path.of("target", "modelcard-cli.jsa");
        if (!Files.exists(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) < 0) {
            Process process = new ProcessBuilder("sh", "tools/appcds.sh").inheritIO().start();
            process.waitFor(10, TimeUnit.MINUTES);
        }
        return Files.exists(archive);
    }

    /** Runs a command to its end: wall seconds, CPU seconds and peak RSS in KB (-1 when unknown). */
    private static double[] run(List<String> command, Path output) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        Path times = Files.createTempFile(BENCH, "time", ".txt");
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-q", "-f", "%U %S %M", "-o", times.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = -1;
        double rss = -1;
        if (timed) {
            String[] fields = Files.readString(times).strip().split("\\s+");
            String[] last = Arrays.copyOfRange(fields, Math.max(0, fields.length - 3), fields.length);
            cpu = Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
            rss = Double.parseDouble(last[2]);
        }
        Files.deleteIfExists(times);
        return new double[] {wall, cpu, rss};
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
