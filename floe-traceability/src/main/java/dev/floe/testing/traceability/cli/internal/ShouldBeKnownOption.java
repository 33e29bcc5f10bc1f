package dev.floe.testing.traceability.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A command-line option the traceability CLI does not know. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeKnownOption {

    private ShouldBeKnownOption() {
    }

    /** The message for the unknown option {@code option}. */
    public static String shouldBeKnownOption(String option) {
        return FailureMessage.summary("Unknown option " + option + ".")
                .expected("an option listed by --help")
                .found(FailureMessage.quote(option))
                .where("the command line, option " + option)
                .fix("correct or remove " + option + "; run with --help for the options")
                .toString();
    }
}
