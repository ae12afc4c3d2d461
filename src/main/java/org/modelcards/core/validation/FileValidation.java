package org.modelcards.core.validation;

import java.nio.file.Path;

/**
 * The validation of one file. An unreadable file (missing, binary, not UTF-8, broken JSON) has one
 * issue saying why and is not {@code readable}.
 */
public record FileValidation(Path path, boolean readable, ValidationReport report) {
}
