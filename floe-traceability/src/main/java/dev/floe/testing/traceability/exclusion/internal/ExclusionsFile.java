package dev.floe.testing.traceability.exclusion.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.ExclusionsException;
import dev.floe.testing.traceability.merge.internal.ShouldBeValidJson;
import dev.floe.testing.traceability.merge.internal.ShouldHaveValidField;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * Reads the exclusions file, a JSON document of the form
 * {@code {"exclusions": [{"id": "006-FR-004", "reason": "...", "owner": "...", "expires": "2027-03-31"}]}}.
 *
 * <p>A missing file at the default place means no exclusions; a file the configuration names must exist
 * ({@link #readConfigured}). Every other problem (bad JSON, a missing field, an id that is
 * not a requirement id, a date that is not {@code yyyy-MM-dd}, the same id twice) fails with an
 * {@link ExclusionsException} naming the file and the JSON path.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ExclusionsFile {

    /** Made when a file is read: a run without an exclusions file loads no data binding at all. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private static final String FIX = "correct the entry: every exclusion needs id, reason, owner and expires,"
            + " e.g. {\"id\": \"006-FR-004\", \"reason\": \"...\", \"owner\": \"...\", \"expires\": \"2027-03-31\"}";

    private ExclusionsFile() {
    }

    /** The exclusions in {@code file}, sorted by id; empty when the file does not exist. */
    public static List<Exclusion> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        }
        catch (NoSuchFileException e) {
            return List.of();
        }
        catch (IOException e) {
            throw new ExclusionsException(ShouldBeReadable.shouldBeReadable("exclusions file " + file, file.toString(), e,
                    "check the file's permissions"), e);
        }
        return parse(text, file.toString());
    }

    /**
     * The exclusions in {@code file}, which the configuration names ({@code configuredBy}, e.g.
     * {@code floe.traceability.exclusions (from system property floe.traceability.exclusions)}): a missing file
     * is an error naming the path and the setting, not "no exclusions", since a mistyped path would otherwise
     * quietly count every excluded requirement as uncovered.
     */
    public static List<Exclusion> readConfigured(Path file, String configuredBy) {
        if (!Files.exists(file)) {
            throw new ExclusionsException(ShouldExistExclusionsFile.shouldExistExclusionsFile(file, configuredBy), null);
        }
        return read(file);
    }

    /** Parses exclusions from {@code json}; {@code source} names the file in error messages. */
    public static List<Exclusion> parse(String json, String source) {
        JsonNode root;
        try {
            root = Mapper.JSON.readTree(json);
        }
        catch (JacksonException e) {
            throw new ExclusionsException(ShouldBeValidJson.shouldBeValidJson("exclusions file", source,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage(), FIX), e);
        }
        JsonNode list = root == null ? null : root.get("exclusions");
        if (list == null || !list.isArray()) {
            throw new ExclusionsException(ShouldHaveValidField.shouldHaveValidField("exclusions file", source,
                    "$.exclusions", "an array of exclusions", ShouldHaveValidField.shown(list), FIX), null);
        }
        List<Exclusion> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.exclusions[" + i + "]";
            JsonNode entry = list.get(i);
            String id = text(entry, "id", source, path);
            if (RequirementId.parse(id).isEmpty()) {
                throw new ExclusionsException(ShouldHaveValidField.shouldHaveValidField("exclusions file", source,
                        path + ".id", "a requirement id such as FR-024, FR-006a or 006-FR-024",
                        FailureMessage.quote(id), FIX), null);
            }
            if (!seen.add(id)) {
                throw new ExclusionsException(ShouldHaveValidField.shouldHaveValidField("exclusions file", source,
                        path + ".id", "an id not excluded before", FailureMessage.quote(id) + ", excluded twice",
                        "remove one of the two exclusions of " + id), null);
            }
            String reason = text(entry, "reason", source, path);
            String owner = text(entry, "owner", source, path);
            String expires = text(entry, "expires", source, path);
            LocalDate date;
            try {
                date = LocalDate.parse(expires);
            }
            catch (DateTimeParseException e) {
                throw new ExclusionsException(ShouldHaveValidField.shouldHaveValidField("exclusions file", source,
                        path + ".expires", "a date like 2027-03-31", FailureMessage.quote(expires), FIX), e);
            }
            result.add(new Exclusion(id, reason, owner, date));
        }
        result.sort(Comparator.comparing(Exclusion::id));
        return List.copyOf(result);
    }

    private static String text(JsonNode entry, String field, String source, String path) {
        JsonNode value = entry == null ? null : entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ExclusionsException(ShouldHaveValidField.shouldHaveValidField("exclusions file", source,
                    path + "." + field, "a non-blank string", ShouldHaveValidField.shown(value), FIX), null);
        }
        return value.asText().strip();
    }
}
