package org.modelcards.core.validation.checker;

import org.modelcards.core.validation.FileValidation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.modelcards.core.format.OrderedParallel;

/** Checks many files in parallel, results in input order, memory flat in the number of files. */
public final class BatchValidation {
    private final CardChecker checker;
    private final OrderedParallel parallel;

    public BatchValidation(CardChecker checker, int threads) {
        this.checker = checker;
        this.parallel = new OrderedParallel(threads);
    }

    /** Checks {@code paths}, calling {@code inOrder} on this thread for each result in the order of {@code paths}. */
    public void run(List<Path> paths, Consumer<FileValidation> inOrder) throws InterruptedException {
        parallel.run(paths, checker::check, inOrder);
    }
}
