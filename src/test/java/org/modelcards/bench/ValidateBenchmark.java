package org.modelcards.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.SourceText;
import org.modelcards.core.format.hf.HubReadmeReader;
import org.modelcards.core.validation.checker.BatchValidation;
import org.modelcards.core.validation.checker.CardChecker;
import org.modelcards.core.validation.Strictness;
import org.modelcards.core.validation.checker.Validator;

/**
 * Batch validation throughput and memory on a generated corpus; a harness, not a test (no timed
 * assertions). Run: {@code mvn -q -Pbench verify} (or with {@code -Dbench.files=N}).
 *
 * <p>Prints cards/s and MB/s for parse only, parse + validate (1 thread and all cores), the whole
 * {@code modelcard validate} process over the folder, and peak heap for a quarter of the corpus and
 * for all of it (flat means streaming).
 */
public final class ValidateBenchmark {
    private ValidateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-corpus");
        List<Path> files = HubCorpus.write(dir, count, 42L);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        double megabytes = bytes / 1048576.0;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus: %d Hub-style READMEs, %.1f MB (%.1f KB average), %d cores, Java %s%n",
                files.size(), megabytes, bytes / 1024.0 / files.size(), cores, System.getProperty("java.version"));

        // first, while this JVM is idle: on 2 cores a busy parent would slow the child down
        wholeProcess(dir, files.size(), megabytes);

        HubReadmeReader reader = new HubReadmeReader();
        Validator validator = Validator.standard();
        CardChecker checker = new CardChecker(validator, new CardFiles(), Profile.HUGGINGFACE, Strictness.RELEASE);
        for (int i = 0; i < Math.min(600, files.size()); i++) {
            checker.check(files.get(i));
        }

        long start = System.nanoTime();
        int cards = 0;
        for (Path file : files) {
            LoadedCard loaded = reader.read(SourceText.read(file).text(), file.toString());
            cards += loaded.card() == null ? 0 : 1;
        }
        report("parse only, 1 thread", cards, megabytes, System.nanoTime() - start);

        start = System.nanoTime();
        long issues = 0;
        for (Path file : files) {
            issues += checker.check(file).report().issues().size();
        }
        report("parse + validate, 1 thread", files.size(), megabytes, System.nanoTime() - start);

        long[] counted = new long[1];
        start = System.nanoTime();
        new BatchValidation(checker, cores).run(files, result -> counted[0] += result.report().issues().size());
        report("parse + validate, " + cores + " threads", files.size(), megabytes, System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "  issues found: %d (%.1f per card)%n", issues, issues / (double) files.size());

        long quarter = peakLiveHeap(checker, files.subList(0, files.size() / 4), cores);
        long all = peakLiveHeap(checker, files, cores);
        System.out.printf(Locale.ROOT, "peak live heap (after GC) while validating: %d MB for %d files, %d MB for %d files%n",
                quarter / 1048576, files.size() / 4, all / 1048576, files.size());

        List<Path> small = HubCorpus.write(dir.resolveSibling(dir.getFileName() + "-small"), count, 7L, 2048, 10240);
        long smallBytes = 0;
        for (Path file : small) {
            smallBytes += Files.size(file);
        }
        for (int i = 0; i < Math.min(600, small.size()); i++) {
            checker.check(small.get(i));
        }
        start = System.nanoTime();
        new BatchValidation(checker, cores).run(small, result -> { });
        report(String.format(Locale.ROOT, "parse + validate, %d threads, %d cards of 2-10 KB", cores, small.size()),
                small.size(), smallBytes / 1048576.0, System.nanoTime() - start);
    }

    /** The most heap still in use right after a collection, sampled as results arrive: garbage does not count. */
    private static long peakLiveHeap(CardChecker checker, List<Path> files, int cores) throws InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        long[] peak = new long[1];
        new BatchValidation(checker, cores).run(files, result -> peak[0] = Math.max(peak[0],
                heap.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum()));
        return peak[0];
    }

    private static void wholeProcess(Path dir, int files, double megabytes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.modelcards.Main", "validate", "--format", "json", dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        process.waitFor(30, TimeUnit.MINUTES);
        report("whole process: modelcard validate DIR (-Xmx256m, JVM start included, exit " + process.exitValue() + ")",
                files, megabytes, System.nanoTime() - start);
    }

    private static void report(String what, int cards, double megabytes, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-58s %8.0f cards/s %7.1f MB/s  (%.2f s)%n", what, cards / seconds,
                megabytes / seconds, seconds);
    }

}
