package org.modelcards.cli.report;

import org.modelcards.core.validation.FileValidation;

/** Writes validation results as they arrive, one file at a time, so a large batch streams. */
public interface ReportWriter {
    void file(FileValidation result);

    /** Closes the report (JSON and SARIF close their documents; text prints a summary). */
    void finish(Summary summary);
}
