package dev.floe.testing.traceability.spec;

import java.util.List;

import dev.floe.testing.traceability.spec.internal.ShouldBeValidSpecs;

/** Builds the one exception type of spec parsing, listing each error, with its file and line, on its own line. */
final class SpecErrors {

    private SpecErrors() {
    }

    /**
     * The exception for {@code errors}: {@code summary} says what could not be done, {@code expected} what the specs
     * should be, {@code fix} what to do.
     */
    static SpecParseException exception(String summary, List<SpecProblem> errors, String expected, String fix) {
        List<SpecProblem> sorted = errors.stream().sorted().toList();
        List<String> files = sorted.stream().map(SpecProblem::location).distinct().toList();
        return new SpecParseException(ShouldBeValidSpecs.shouldBeValidSpecs(summary,
                sorted.stream().map(SpecProblem::toString).toList(), files, expected, fix), sorted);
    }
}
