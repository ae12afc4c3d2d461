package org.modelcards.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelcards.core.validation.FileValidation;
import org.modelcards.core.validation.Issue;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.Severity;
import org.modelcards.core.validation.Strictness;

/**
 * SARIF 2.1.0 for code scanning: one run whose driver lists every rule with its description,
 * default level and source, and one result per issue with its physical location.
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private final JsonGenerator json;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final Path base;

    /** {@code base} is what artifact URIs are relative to (the working directory, usually the repository root). */
    public SarifReport(PrintWriter out, List<RuleInfo> rules, Strictness strictness, String version, Path base) {
        this.base = base.toAbsolutePath().normalize();
        try {
            json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "modelcard");
            json.writeStringField("fullName", "Model Card Studio");
            json.writeStringField("version", version);
            json.writeStringField("semanticVersion", version.replaceAll("[^0-9.].*$", ""));
            json.writeArrayFieldStart("rules");
            for (int i = 0; i < rules.size(); i++) {
                writeRule(rules.get(i), strictness);
                ruleIndex.put(rules.get(i).id(), i);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRule(RuleInfo rule, Strictness strictness) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", name(rule.id()));
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.description());
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", rule.description() + " Source: " + rule.source().title()
                + (rule.citation().isEmpty() ? "" : " (" + rule.citation() + ")") + ".");
        json.writeEndObject();
        if (!rule.source().url().isEmpty()) {
            json.writeStringField("helpUri", rule.source().url());
        }
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity(strictness)));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString("model-card");
        json.writeString(rule.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void file(FileValidation result) {
        try {
            for (Issue issue : result.report().issues()) {
                json.writeStartObject();
                json.writeStringField("ruleId", issue.ruleId());
                Integer index = ruleIndex.get(issue.ruleId());
                if (index != null) {
                    json.writeNumberField("ruleIndex", index);
                }
                json.writeStringField("level", level(issue.severity()));
                json.writeObjectFieldStart("message");
                json.writeStringField("text", issue.message() + (issue.hint().isEmpty() ? "" : " " + issue.hint()));
                json.writeEndObject();
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeObjectFieldStart("physicalLocation");
                json.writeObjectFieldStart("artifactLocation");
                json.writeStringField("uri", uri(result.path()));
                json.writeEndObject();
                // a finding about the file as a whole has an artifact-level location, not an invented line 1
                if (issue.at().isKnown()) {
                    json.writeObjectFieldStart("region");
                    json.writeNumberField("startLine", Math.max(1, issue.at().line()));
                    json.writeNumberField("startColumn", Math.max(1, issue.at().column()));
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A relative URI with forward slashes when the file is under the base, else a file: URI. */
    private String uri(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            StringBuilder uri = new StringBuilder();
            for (Path part : base.relativize(absolute)) {
                if (uri.length() > 0) {
                    uri.append('/');
                }
                uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            return uri.toString();
        }
        return absolute.toUri().toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code HF-LICENSE-OTHER} becomes {@code HfLicenseOther}, as SARIF names are identifiers. */
    private static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.toLowerCase(Locale.ROOT).split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    @Override
    public void finish(Summary summary) {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
