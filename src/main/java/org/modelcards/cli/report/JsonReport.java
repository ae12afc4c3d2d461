package org.modelcards.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.modelcards.core.validation.Completeness;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;

/** One JSON document, streamed: {@code {"profile", "strictness", "files": [...], "summary"}}. */
public final class JsonReport implements ReportWriter {
    private final JsonGenerator json;

    public JsonReport(PrintWriter out, Summary summary) {
        try {
            json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("profile", summary.profile().id());
            json.writeStringField("strictness", summary.strictness().id());
            json.writeArrayFieldStart("files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(FileValidation result) {
        try {
            json.writeStartObject();
            json.writeStringField("path", result.path().toString());
            json.writeBooleanField("readable", result.readable());
            Completeness completeness = result.report().completeness();
            json.writeObjectFieldStart("completeness");
            json.writeNumberField("percent", completeness.percent());
            json.writeArrayFieldStart("sections");
            for (Completeness.SectionScore section : completeness.sections()) {
                if (!section.counts()) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("section", section.sectionId());
                json.writeNumberField("percent", section.percent());
                strings("filled", section.filled());
                strings("missing", section.missing());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("issues");
            for (Issue issue : result.report().issues()) {
                json.writeStartObject();
                json.writeStringField("rule", issue.ruleId());
                json.writeStringField("severity", issue.severity().label());
                json.writeStringField("field", issue.fieldId());
                json.writeStringField("message", issue.message());
                json.writeStringField("hint", issue.hint());
                if (issue.at().isKnown()) {
                    json.writeNumberField("line", issue.at().line());
                    json.writeNumberField("column", issue.at().column());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void strings(String name, java.util.List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    @Override
    public void finish(Summary summary) {
        try {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", summary.files());
            json.writeNumberField("unreadable", summary.unreadable());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("notes", summary.notes());
            json.writeNumberField("exitCode", summary.exitCode());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
