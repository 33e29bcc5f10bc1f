package dev.floe.testing.traceability.sarif.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ShouldNotHappen;
import dev.floe.testing.traceability.lock.internal.SuspectLink;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Renders traceability findings as a SARIF 2.1.0 log: gaps (uncovered requirements), requirements whose covering
 * tests failed or did not run, and suspect links at their spec {@code file:line}, orphaned ids at the test file that cites them. URIs are relative to
 * the build root ({@code %SRCROOT%}), so GitHub code scanning shows them on the spec lines.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SarifWriter {

    /** The file name used beside the other reports. */
    public static final String FILE_NAME = "traceability.sarif";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String[][] RULES = {
        {"FLOE-TRACE-001", "uncovered-requirement", "A requirement has no covering test", "error"},
        {"FLOE-TRACE-002", "partially-covered-requirement", "A requirement's covering tests failed or did not run",
            "warning"},
        {"FLOE-TRACE-003", "orphaned-requirement-id", "A test cites a requirement id that no spec defines", "error"},
        {"FLOE-TRACE-004", "suspect-link", "A requirement changed since its test links were confirmed", "warning"},
    };

    private SarifWriter() {
    }

    /** The SARIF log for {@code matrix} and {@code suspects}; the same inputs give the same bytes. */
    public static String render(TraceabilityMatrix matrix, List<SuspectLink> suspects) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "floe-traceability");
            json.writeStringField("informationUri", "https://github.com/floe-dev/floe-testing");
            json.writeArrayFieldStart("rules");
            for (String[] rule : RULES) {
                json.writeStartObject();
                json.writeStringField("id", rule[0]);
                json.writeStringField("name", rule[1]);
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", rule[2]);
                json.writeEndObject();
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", rule[3]);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (RequirementCoverage row : matrix.requirements()) {
                if (row.status() == CoverageStatus.UNCOVERED) {
                    result(json, 0, row.id() + " is a gap, no test covers it: " + firstWords(row.requirement().text())
                            + (row.suggestion() == null ? "" : " Suggestion: " + row.suggestion()),
                            row.requirement().specFile(), row.requirement().line(), row.id());
                }
                else if (row.status() == CoverageStatus.PARTIAL) {
                    // the same words as the other reports: failing, or not run (a gap is an uncovered requirement)
                    result(json, 1, row.id() + (row.failed() > 0 ? " is failing: " : " did not run: ") + row.failed()
                            + " failed, " + row.notRun() + " not run of " + row.testIds().size() + " covering test(s).",
                            row.requirement().specFile(), row.requirement().line(), row.id());
                }
            }
            Map<String, String> sources = new HashMap<>();
            for (TestResult test : matrix.tests()) {
                sources.put(test.testId(), test.sourceFile());
            }
            for (Orphan orphan : matrix.orphans()) {
                String file = orphan.testIds().isEmpty() ? null : sources.get(orphan.testIds().get(0));
                result(json, 2, "Requirement id " + orphan.id() + " is " + orphan.reason() + "; cited by "
                        + String.join(", ", orphan.testIds()), file, 0, orphan.id());
            }
            for (SuspectLink suspect : suspects) {
                String location = suspect.location();
                int colon = location.lastIndexOf(':');
                result(json, 3, suspect.line(), location.substring(0, colon),
                        Integer.parseInt(location.substring(colon + 1)), suspect.requirementId());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldNotHappen.shouldNotHappen("Writing the SARIF report to memory",
                    "a write to a StringWriter, which does not fail", "SarifWriter", e), e);
        }
        return out.append('\n').toString();
    }

    private static void result(JsonGenerator json, int rule, String message, String file, int line, String key)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", RULES[rule][0]);
        json.writeNumberField("ruleIndex", rule);
        json.writeStringField("level", RULES[rule][3]);
        json.writeObjectFieldStart("message");
        json.writeStringField("text", message);
        json.writeEndObject();
        if (file != null && !file.isEmpty()) {
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", file);
            json.writeStringField("uriBaseId", "%SRCROOT%");
            json.writeEndObject();
            if (line > 0) {
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", line);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("floeRequirement/v1", RULES[rule][1] + ":" + key);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String firstWords(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
