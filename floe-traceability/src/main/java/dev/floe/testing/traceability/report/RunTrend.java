package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * What changed since an earlier matrix (the ratchet's baseline, or the previous full run's), per requirement,
 * and the coverage history of the full runs ({@value TraceabilityReports#HISTORY_JSON}, at most {@value #MAX_RUNS}
 * runs). An unreadable earlier file is left out: the page then shows no change rather than a wrong one.
 */
final class RunTrend {

    /** How many runs the history keeps, newest last. */
    static final int MAX_RUNS = 30;

    static final String NEWLY_COVERED = "newly covered";
    static final String NEWLY_FAILING = "newly failing";
    static final String NEWLY_UNCOVERED = "newly uncovered";
    static final String TEXT_CHANGED = "text changed (suspect)";
    static final String NEW_REQUIREMENT = "new requirement";
    /** The change kinds, in the order the page lists them. */
    static final List<String> KINDS = List.of(NEWLY_COVERED, NEWLY_FAILING, NEWLY_UNCOVERED, TEXT_CHANGED,
            NEW_REQUIREMENT);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One run of the history. */
    record Point(String generatedAt, int requirements, int covered, int failing, int notRun, int uncovered,
            int excluded, double coverage, int tests, int passed, int failed) {
    }

    private final String comparedWith;
    private final Map<String, List<String>> changes;
    private final List<Point> history;

    private RunTrend(String comparedWith, Map<String, List<String>> changes, List<Point> history) {
        this.comparedWith = comparedWith;
        this.changes = changes;
        this.history = history;
    }

    /** No earlier run: the history is this run alone (when it is a full run without error). */
    static RunTrend alone(TraceabilityMatrix matrix) {
        return new RunTrend(null, Map.of(), appended(new ArrayList<>(), matrix));
    }

    /** The trend of {@code matrix} against what {@code options} and the report folder hold. */
    static RunTrend of(TraceabilityMatrix matrix, Path reportDir, ReportOptions options) {
        Path folder = options.historyFolder() != null ? options.historyFolder() : reportDir;
        List<Point> history = readHistory(folder.resolve(TraceabilityReports.HISTORY_JSON));
        Path earlier = options.comparedTo() != null ? options.comparedTo()
                : folder.resolve(TraceabilityReports.MATRIX_JSON);
        JsonNode before = readMatrix(earlier);
        String comparedWith = null;
        Map<String, List<String>> changes = Map.of();
        if (matrix.error() == null && before != null && "ok".equals(before.path("status").asText("ok"))
                && before.path("mappings").isArray()) {
            comparedWith = (options.comparedTo() != null ? "the baseline " + earlier.getFileName()
                    : "the previous full run") + " of " + before.path("generated_at").asText("an unknown time");
            changes = changes(matrix, before, options);
        }
        else if (matrix.error() == null && !options.suspects().isEmpty()) {
            changes = changes(matrix, null, options);
        }
        return new RunTrend(comparedWith, changes, appended(history, matrix));
    }

    private static Map<String, List<String>> changes(TraceabilityMatrix matrix, JsonNode before,
            ReportOptions options) {
        Map<String, String> statuses = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        if (before != null) {
            for (JsonNode m : before.path("mappings")) {
                String kind = m.path("partial_kind").isTextual() ? ":" + m.path("partial_kind").asText() : "";
                statuses.put(m.path("requirement_id").asText(), m.path("coverage_status").asText() + kind);
            }
            for (JsonNode r : before.path("requirements")) {
                texts.put(r.path("id").asText(), r.path("text").asText(null));
            }
        }
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (RequirementCoverage row : matrix.requirements()) {
            List<String> kinds = new ArrayList<>(2);
            String was = statuses.get(row.id());
            if (before != null && was == null) {
                kinds.add(NEW_REQUIREMENT);
            }
            else if (was != null) {
                if (row.status() == CoverageStatus.COVERED && !was.equals("covered")) {
                    kinds.add(NEWLY_COVERED);
                }
                if (row.partialKind() == PartialKind.FAILING && !was.equals("partial:failing")) {
                    kinds.add(NEWLY_FAILING);
                }
                if (row.status() == CoverageStatus.UNCOVERED && !was.equals("uncovered")) {
                    kinds.add(NEWLY_UNCOVERED);
                }
            }
            String oldText = texts.get(row.id());
            if (options.suspects().contains(row.id())
                    || oldText != null && !oldText.equals(row.requirement().text())) {
                kinds.add(TEXT_CHANGED);
            }
            if (!kinds.isEmpty()) {
                changes.put(row.id(), List.copyOf(kinds));
            }
        }
        return changes;
    }

    /** What the run is compared with, e.g. {@code the previous full run of 2026-12-05T09:00:00Z}, or {@code null}. */
    String comparedWith() {
        return comparedWith;
    }

    /** The changes of {@code requirementId}, empty when none. */
    List<String> changesOf(String requirementId) {
        return changes.getOrDefault(requirementId, List.of());
    }

    /** How many requirements show {@code kind}. */
    int count(String kind) {
        return (int) changes.values().stream().filter(k -> k.contains(kind)).count();
    }

    /** The full runs, oldest first, this run last when it is a full run. */
    List<Point> history() {
        return history;
    }

    /** The history file's content. */
    String historyJson() {
        return Json.render(json -> {
            json.writeStartObject();
            json.writeNumberField("format", 1);
            json.writeArrayFieldStart("runs");
            for (Point p : history) {
                json.writeStartObject();
                json.writeStringField("generated_at", p.generatedAt());
                json.writeNumberField("requirements", p.requirements());
                json.writeNumberField("covered", p.covered());
                json.writeNumberField("failing", p.failing());
                json.writeNumberField("not_run", p.notRun());
                json.writeNumberField("uncovered", p.uncovered());
                json.writeNumberField("excluded", p.excluded());
                json.writeNumberField("coverage_percentage", p.coverage());
                json.writeNumberField("tests", p.tests());
                json.writeNumberField("passed", p.passed());
                json.writeNumberField("failed", p.failed());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static List<Point> appended(List<Point> history, TraceabilityMatrix matrix) {
        if (matrix.error() == null && !matrix.partialRun()) {
            String at = DateTimeFormatter.ISO_INSTANT.format(matrix.generatedAt());
            history.removeIf(p -> p.generatedAt().equals(at));
            history.add(point(matrix, at));
        }
        return List.copyOf(history.subList(Math.max(0, history.size() - MAX_RUNS), history.size()));
    }

    private static Point point(TraceabilityMatrix matrix, String at) {
        int failing = 0;
        int notRun = 0;
        for (RequirementCoverage row : matrix.requirements()) {
            if (row.partialKind() == PartialKind.FAILING) {
                failing++;
            }
            else if (row.partialKind() == PartialKind.NOT_RUN) {
                notRun++;
            }
        }
        int passed = 0;
        int failed = 0;
        for (TestResult test : matrix.tests()) {
            if (test.outcome() == TestOutcome.PASSED) {
                passed++;
            }
            else if (test.outcome().isFailure()) {
                failed++;
            }
        }
        return new Point(at, matrix.requirements().size(), matrix.count(CoverageStatus.COVERED), failing, notRun,
                matrix.count(CoverageStatus.UNCOVERED), matrix.count(CoverageStatus.EXCLUDED),
                matrix.coveragePercentage(), matrix.tests().size(), passed, failed);
    }

    private static List<Point> readHistory(Path file) {
        JsonNode root = readTree(file);
        List<Point> points = new ArrayList<>();
        if (root == null || !root.path("runs").isArray()) {
            return points;
        }
        for (JsonNode r : root.path("runs")) {
            if (r.path("generated_at").isTextual()) {
                points.add(new Point(r.path("generated_at").asText(), r.path("requirements").asInt(),
                        r.path("covered").asInt(), r.path("failing").asInt(), r.path("not_run").asInt(),
                        r.path("uncovered").asInt(), r.path("excluded").asInt(),
                        r.path("coverage_percentage").asDouble(), r.path("tests").asInt(), r.path("passed").asInt(),
                        r.path("failed").asInt()));
            }
        }
        return points;
    }

    /**
     * The status, time, requirements and mappings of a matrix file, streamed: its tests (most of its bytes) are
     * skipped.
     */
    private static JsonNode readMatrix(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ObjectNode kept = JSON.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "status", "generated_at", "requirements", "mappings" -> kept.set(field, JSON.readTree(parser));
                    default -> parser.skipChildren();
                }
            }
            return kept;
        }
        catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null;
        }
        catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
