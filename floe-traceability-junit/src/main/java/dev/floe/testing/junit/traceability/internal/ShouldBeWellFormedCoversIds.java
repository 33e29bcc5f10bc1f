package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** Requirement ids in @Covers that are not of the form FR-024, FR-006a or 006-FR-024. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeWellFormedCoversIds {

    private ShouldBeWellFormedCoversIds() {
    }

    /**
     * The message for the ill-formed ids (keys of {@code hints}, each with its {@code ; did you mean ...?} or
     * {@code .}) in the @Covers of {@code test}.
     */
    public static String shouldBeWellFormedCoversIds(String test, Map<String, String> hints) {
        List<String> quoted = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        hints.forEach((id, hint) -> {
            quoted.add(FailureMessage.quote(id));
            if (hint.startsWith("; did you mean")) {
                fixes.add(FailureMessage.quote(id) + ": " + hint.substring(2));
            }
        });
        String ids = String.join(", ", quoted);
        return FailureMessage.summary("Ill-formed requirement " + (quoted.size() == 1 ? "id " : "ids ") + ids
                        + " in @Covers of " + test + ".")
                .expected("ids such as FR-024, FR-006a or 006-FR-024")
                .found(ids)
                .where("@Covers of " + test)
                .fix(fixes.isEmpty() ? "write each id as FR-024, FR-006a or 006-FR-024"
                        : "write each id as FR-024, FR-006a or 006-FR-024; " + String.join("; ", fixes))
                .toString();
    }
}
