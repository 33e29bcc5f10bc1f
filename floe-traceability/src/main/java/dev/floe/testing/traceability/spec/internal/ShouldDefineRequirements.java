package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** Spec files that define no requirement at all. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldDefineRequirements {

    private ShouldDefineRequirements() {
    }

    /**
     * The message for {@code files}, found by {@code whereLooked}, none of which defines a requirement;
     * {@code closeCalls} are the lines that came close ({@code file:line: message}).
     */
    public static String shouldDefineRequirements(List<String> files, String whereLooked, List<String> closeCalls) {
        String count = files.size() == 1 ? "1 spec" : files.size() + " specs";
        return FailureMessage.summary("No requirement found in " + count + " matching " + whereLooked + ".")
                .expected("list items that start with a bold id, such as '- **FR-001**: The library MUST ...'")
                .found(closeCalls.isEmpty() ? "no such list item" : "no such list item; what came close:\n"
                        + String.join("\n", closeCalls))
                .where(files.isEmpty() ? whereLooked : String.join(", ", files))
                .fix("write each requirement as a list item starting with its bold id, such as '- **FR-001**: ...'")
                .toString();
    }
}
