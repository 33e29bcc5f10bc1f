package dev.floe.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The last step of the main job: prints where the examples' merged traceability report is and its
 * one-line summary. (exec-maven-plugin runs it inside Maven: it throws, never exits.)
 */
public final class ExamplesReport {

    private ExamplesReport() {
    }

    public static void main(String[] args) {
        Path examples = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Path dir = examples.resolve("target/floe-traceability");
        Path matrix = dir.resolve("traceability-matrix.json");
        if (!Files.isRegularFile(matrix)) {
            throw new IllegalStateException("No merged report at " + matrix + ": floe-traceability:check (process-test-classes) did not run");
        }
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(matrix.toFile());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + matrix, e);
        }
        System.out.println();
        System.out.println("Examples' traceability report: " + dir.resolve("index.html"));
        System.out.println("  " + summary(m));
        System.out.println();
    }

    /** The matrix's summary in the words of the run listener's summary line. */
    static String summary(JsonNode m) {
        if (!"ok".equals(m.path("status").asText())) {
            return "Traceability error: " + m.path("error").asText();
        }
        JsonNode s = m.path("summary");
        int failing = 0;
        int notRun = 0;
        for (JsonNode mapping : m.path("mappings")) {
            failing += "failing".equals(mapping.path("partial_kind").asText()) ? 1 : 0;
            notRun += "not_run".equals(mapping.path("partial_kind").asText()) ? 1 : 0;
        }
        return s.path("covered").asInt() + " of " + s.path("total_requirements").asInt() + " requirements covered ("
                + s.path("coverage_percentage").asText() + "%), " + failing + " failing, " + notRun + " not run, "
                + s.path("uncovered").asInt() + " uncovered, " + s.path("excluded").asInt() + " excluded, "
                + s.path("orphans").asInt() + " orphan id(s); " + s.path("tests").asInt() + " tests";
    }
}
