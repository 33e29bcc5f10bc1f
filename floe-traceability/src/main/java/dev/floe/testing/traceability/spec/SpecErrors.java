package dev.floe.testing.traceability.spec;

import java.util.List;

/** Builds the one exception type of spec parsing, listing each error on its own line. */
final class SpecErrors {

    private SpecErrors() {
    }

    static SpecParseException exception(String summary, List<SpecProblem> errors) {
        List<SpecProblem> sorted = errors.stream().sorted().toList();
        StringBuilder message = new StringBuilder(summary).append(" (").append(sorted.size())
                .append(sorted.size() == 1 ? " error" : " errors").append("):");
        for (SpecProblem error : sorted) {
            message.append('\n').append("  ").append(error);
        }
        return new SpecParseException(message.toString(), sorted);
    }
}
