package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/** Several configuration problems at once, each already a formed message. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveUsableConfiguration {

    private ShouldHaveUsableConfiguration() {
    }

    /** The message that gathers {@code messages}, one formed failure message per problem. */
    public static String shouldHaveUsableConfiguration(List<String> messages) {
        return FailureMessage.summary(messages.size() + " configuration problems.")
                .expected("every floe configuration value usable")
                .found(String.join("\n", messages))
                .where("the floe configuration (system properties, environment, junit-platform.properties)")
                .fix("correct each value as its own fix line says")
                .toString();
    }
}
