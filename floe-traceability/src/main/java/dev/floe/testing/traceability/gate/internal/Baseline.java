package dev.floe.testing.traceability.gate.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.common.internal.ShouldExist;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.merge.internal.ShouldBeValidJson;
import dev.floe.testing.traceability.merge.internal.ShouldHaveValidField;

/**
 * The statuses of an earlier matrix (e.g. the main branch's {@code traceability-matrix.json}), for the ratchet.
 *
 * @param source   the file it was read from
 * @param statuses per requirement id: {@code covered}, {@code partial:failing}, {@code partial:not_run},
 *                 {@code uncovered} or {@code excluded}
 * @param orphans  the orphan ids it listed
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record Baseline(String source, Map<String, String> statuses, Set<String> orphans) {

    private static final String FIX = "pass as --baseline the traceability-matrix.json of a build of the base branch";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES = Set.of("covered", "partial", "uncovered", "excluded");

    /** Copies the map and set, sorted. */
    public Baseline {
        statuses = java.util.Collections.unmodifiableMap(new TreeMap<>(statuses));
        orphans = java.util.Collections.unmodifiableSet(new TreeSet<>(orphans));
    }

    /**
     * Reads the {@code mappings} and {@code orphans} of a traceability matrix.
     *
     * @throws MergeInputException when the file is missing, not JSON, or not a matrix, naming the JSON path
     */
    public static Baseline read(Path file) {
        String name = file.toString().replace('\\', '/');
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        }
        catch (NoSuchFileException e) {
            throw new MergeInputException(ShouldExist.shouldExist("Baseline", file, FIX));
        }
        catch (JacksonException e) {
            throw new MergeInputException(ShouldBeValidJson.shouldBeValidJson("baseline", name,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage(), FIX), e);
        }
        catch (IOException e) {
            throw new MergeInputException(ShouldBeReadable.shouldBeReadable("baseline " + name, name, e,
                    "check the file's permissions"), e);
        }
        JsonNode mappings = root == null ? null : root.get("mappings");
        if (mappings == null || !mappings.isArray()) {
            throw new MergeInputException(ShouldHaveValidField.shouldHaveValidField("baseline", name, "$.mappings",
                    "an array (a baseline is a traceability-matrix.json)", ShouldHaveValidField.shown(mappings), FIX));
        }
        Map<String, String> statuses = new TreeMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            JsonNode mapping = mappings.get(i);
            String id = text(mapping, "requirement_id", name, "$.mappings[" + i + "]");
            String status = text(mapping, "coverage_status", name, "$.mappings[" + i + "]");
            if (!STATUSES.contains(status)) {
                throw new MergeInputException(ShouldHaveValidField.shouldHaveValidField("baseline", name,
                        "$.mappings[" + i + "].coverage_status", "one of covered, partial, uncovered, excluded",
                        FailureMessage.quote(status), FIX));
            }
            JsonNode kind = mapping.get("partial_kind");
            statuses.put(id, kind != null && kind.isTextual() ? statusOf(status, kind.asText()) : status);
        }
        Set<String> orphans = new TreeSet<>();
        JsonNode list = root.get("orphans");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                orphans.add(text(list.get(i), "requirement_id", name, "$.orphans[" + i + "]"));
            }
        }
        return new Baseline(name, statuses, orphans);
    }

    private static String text(JsonNode node, String field, String file, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new MergeInputException(ShouldHaveValidField.shouldHaveValidField("baseline", file,
                    path + "." + field, "a string", ShouldHaveValidField.shown(value), FIX));
        }
        return value.asText();
    }

    /** A requirement's status as a baseline records it: {@code covered}, {@code partial:failing}, {@code partial:not_run}, ... */
    public static String statusOf(RequirementCoverage row) {
        return row.partialKind() == null ? row.status().reportName()
                : statusOf(row.status().reportName(), row.partialKind().reportName());
    }

    private static String statusOf(String status, String partialKind) {
        return status + ":" + partialKind;
    }
}
