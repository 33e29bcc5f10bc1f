package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A configuration value that is set but cannot be used. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveValidValue {

    private ShouldHaveValidValue() {
    }

    /**
     * The message for {@code value}: its key and source are the where, the value (masked as
     * {@link SecretText#shownValue} masks it) the found, and {@code note} (nullable) says what about it is wrong.
     */
    public static String shouldHaveValidValue(ConfigValue value, String expected, String note, String fix) {
        String found = FailureMessage.quote(SecretText.shownValue(value.key(), value.value()));
        return FailureMessage.summary("Invalid value " + found + " for " + value.key() + ".")
                .expected(expected)
                .found(note == null ? found : found + " (" + note + ")")
                .where(value.key() + " (from " + value.source() + ")")
                .fix(fix)
                .toString();
    }
}
