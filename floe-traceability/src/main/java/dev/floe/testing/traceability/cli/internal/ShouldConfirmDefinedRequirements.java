package dev.floe.testing.traceability.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** Links to confirm for requirement ids that no spec defines. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldConfirmDefinedRequirements {

    private ShouldConfirmDefinedRequirements() {
    }

    /** The message for {@code unknown}, the ids given to {@code --confirm-links} that no spec defines. */
    public static String shouldConfirmDefinedRequirements(Collection<String> unknown) {
        return FailureMessage.summary("Cannot confirm links of " + String.join(", ", unknown) + ": no spec defines "
                        + (unknown.size() == 1 ? "it." : "them."))
                .expected("feature-scoped ids that a spec defines, such as 004-FR-012")
                .found(String.join(", ", unknown))
                .where("the command line, option --confirm-links")
                .fix("use feature-scoped ids such as 004-FR-012, as the report lists them")
                .toString();
    }
}
