package dev.floe.testing.traceability.lock.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.AtomicFiles;
import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.common.internal.ShouldBeWritable;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.merge.internal.ShouldBeValidJson;
import dev.floe.testing.traceability.merge.internal.ShouldHaveValidField;
import dev.floe.testing.traceability.spec.Requirement;

/**
 * The lock file ({@code specs/traceability.lock.json} by default, committed): for each requirement, the
 * fingerprint of its text when its test links were last confirmed.
 *
 * <p>When a requirement's text changes, its fingerprint no longer matches and the tests linked to it become
 * {@link SuspectLink suspect} until {@link #confirm} writes the new fingerprints. Requirements the lock does
 * not know yet are not suspect. The file is sorted JSON, so it diffs cleanly:
 * {@code {"format": 1, "fingerprints": {"004-FR-012": "9f2c..."}}}.
 *
 * @param fingerprints per feature-scoped requirement id, the SHA-256 of its normalised text, sorted
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record LinkLock(Map<String, String> fingerprints) {

    private static final String FIX = "restore it from version control, or delete it and run with --confirm to write it anew";

    /** The lock file format this class reads and writes. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Copies the fingerprints, sorted. */
    public LinkLock {
        fingerprints = Collections.unmodifiableMap(new TreeMap<>(fingerprints));
    }

    /**
     * Reads {@code file}; a missing file is an empty lock.
     *
     * @throws MergeInputException when the file is not a lock file, naming the JSON path
     */
    public static LinkLock read(Path file) {
        String name = file.toString().replace('\\', '/');
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        }
        catch (NoSuchFileException e) {
            return new LinkLock(Map.of());
        }
        catch (JacksonException e) {
            throw new MergeInputException(ShouldBeValidJson.shouldBeValidJson("lock file", name,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage(), FIX), e);
        }
        catch (IOException e) {
            throw new MergeInputException(ShouldBeReadable.shouldBeReadable("lock file " + name, name, e,
                    "check the file's permissions"), e);
        }
        JsonNode format = root == null ? null : root.get("format");
        if (format == null || format.asInt(-1) != FORMAT) {
            throw new MergeInputException(ShouldHaveValidField.shouldHaveValidField("lock file", name, "$.format",
                    String.valueOf(FORMAT), ShouldHaveValidField.shown(format), FIX));
        }
        JsonNode prints = root.get("fingerprints");
        if (prints == null || !prints.isObject()) {
            throw new MergeInputException(ShouldHaveValidField.shouldHaveValidField("lock file", name,
                    "$.fingerprints", "an object", ShouldHaveValidField.shown(prints), FIX));
        }
        Map<String, String> map = new TreeMap<>();
        prints.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual() || !entry.getValue().asText().matches("[0-9a-f]{64}")) {
                throw new MergeInputException(ShouldHaveValidField.shouldHaveValidField("lock file", name,
                        "$.fingerprints['" + entry.getKey() + "']", "64 lower-case hex digits",
                        ShouldHaveValidField.shown(entry.getValue()), FIX));
            }
            map.put(entry.getKey(), entry.getValue().asText());
        });
        return new LinkLock(map);
    }

    /** The links whose requirement text no longer matches its fingerprint, sorted by requirement id. */
    public List<SuspectLink> suspects(TraceabilityMatrix matrix) {
        List<SuspectLink> suspects = new ArrayList<>();
        for (RequirementCoverage row : matrix.requirements()) {
            String locked = fingerprints.get(row.id());
            if (locked != null && !row.testIds().isEmpty() && row.status() != CoverageStatus.EXCLUDED
                    && !locked.equals(row.requirement().fingerprint())) {
                suspects.add(new SuspectLink(row.id(), row.location(), row.testIds()));
            }
        }
        return suspects;
    }

    /**
     * This lock with the current fingerprints of {@code requirements} whose id is in {@code ids} (all of them
     * when {@code ids} is empty); ids of requirements that no longer exist are dropped.
     */
    public LinkLock confirm(Collection<Requirement> requirements, Collection<String> ids) {
        Map<String, String> next = new TreeMap<>();
        for (Requirement requirement : requirements) {
            String id = requirement.id().toString();
            if (ids.isEmpty() || ids.contains(id)) {
                next.put(id, requirement.fingerprint());
            }
            else if (fingerprints.containsKey(id)) {
                next.put(id, fingerprints.get(id));
            }
        }
        return new LinkLock(next);
    }

    /** Writes this lock to {@code file} atomically, sorted, with {@code \n} line ends. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode prints = root.putObject("fingerprints");
        fingerprints.forEach(prints::put);
        try {
            String text = JSON.writer().with(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")))
                    .writeValueAsString(root) + "\n";
            AtomicFiles.writeString(file, text);
        }
        catch (IOException e) {
            throw new MergeInputException(ShouldBeWritable.shouldBeWritable("lock file " + file, file.toString(), e),
                    e);
        }
    }
}
