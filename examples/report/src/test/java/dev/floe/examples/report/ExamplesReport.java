package dev.floe.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The last step of the main job: prints, for every example module, where its traceability report
 * is and a one-line summary; fails when an example has no report or its report is an error.
 * (Run by exec-maven-plugin in this module's verify phase, inside the Maven JVM: it throws, never exits.)
 */
public final class ExamplesReport {

    private ExamplesReport() {
    }

    public static void main(String[] args) {
        Path examples = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder("\nfloe-testing examples: traceability reports\n");
        for (Path module : modules(examples)) {
            Path dir = module.resolve("target/floe-traceability");
            Path matrix = dir.resolve("traceability-matrix.json");
            if (!Files.isRegularFile(matrix)) {
                problems.add(module.getFileName() + ": no report at " + matrix + " (did its tests run?)");
                continue;
            }
            JsonNode m = read(matrix);
            out.append(String.format("  %-16s %s%n  %-16s %s%n", module.getFileName(), summary(m), "", dir.resolve("index.html")));
            if (!"ok".equals(m.path("status").asText())) {
                problems.add(module.getFileName() + ": " + m.path("error").asText());
            }
        }
        System.out.println(out);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Examples without a usable traceability report:\n  " + String.join("\n  ", problems));
        }
    }

    /** Example modules: folders beside this one with a pom and a specs folder. */
    static List<Path> modules(Path examples) {
        try (Stream<Path> children = Files.list(examples)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("specs")))
                    .sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the examples in " + examples, e);
        }
    }

    static JsonNode read(Path matrix) {
        try {
            return new ObjectMapper().readTree(matrix.toFile());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + matrix, e);
        }
    }

    /** The matrix's summary in the words of the listener's own summary line. */
    static String summary(JsonNode m) {
        JsonNode s = m.path("summary");
        return s.path("covered").asInt() + " of " + s.path("total_requirements").asInt() + " requirements covered ("
                + s.path("coverage_percentage").asText() + "%), " + s.path("partial").asInt() + " partial, "
                + s.path("uncovered").asInt() + " uncovered, " + s.path("orphans").asInt() + " orphan id(s); "
                + s.path("tests").asInt() + " tests" + (m.path("partial_run").asBoolean() ? " (partial run)" : "");
    }
}
