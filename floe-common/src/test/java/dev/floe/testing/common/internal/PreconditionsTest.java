package dev.floe.testing.common.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Preconditions#condition}: the fix names the argument and the call to change, or is the caller's own. */
class PreconditionsTest {

    /** A method of a library that checks its argument, as floe's public methods do. */
    static final class Limiter {

        Limiter(int limit) {
            Preconditions.condition(limit > 0, "limit", "a positive number", limit);
        }

        static void retries(int retries) {
            Preconditions.condition(retries >= 0, "retries", "zero or more retries", retries,
                    "pass 0 to try once, e.g. retries(0)");
        }
    }

    @Test
    void withoutAFixOfItsOwnTheMessageSaysWhichArgumentOfWhichCallToChange() {
        assertThatThrownBy(() -> new Limiter(0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("""
                        Invalid limit: '0'.
                          expected: a positive number
                          found:    '0'
                          where:    argument limit of PreconditionsTest.Limiter.<init> (PreconditionsTest.java:""")
                .hasMessageEndingWith(
                        "\n  fix:      change argument limit of your call to new PreconditionsTest.Limiter(...) to a positive number");
    }

    @Test
    void aCallerWithAFixGivesIt() {
        assertThatThrownBy(() -> Limiter.retries(-1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\n  where:    argument retries of PreconditionsTest.Limiter.retries (PreconditionsTest.java:")
                .hasMessageEndingWith("\n  fix:      pass 0 to try once, e.g. retries(0)");
    }
}
