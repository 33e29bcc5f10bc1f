package dev.floe.testing.traceability.github.internal;

import dev.floe.testing.traceability.matrix.RequirementCoverage;

/** Markdown pieces shared by the job summary, the pull-request delta and the gate's Markdown. */
public final class Markdown {

    private Markdown() {
    }

    /** {@code `004-FR-001` (P1) at `specs/004-catalog/spec.md:9`}. */
    public static String item(RequirementCoverage row) {
        return code(row.id()) + " (" + row.requirement().priority() + ") at " + code(row.location());
    }

    /** Text outside code spans: Markdown and HTML characters escaped, so names from specs stay text. */
    public static String text(String value) {
        return value == null ? "" : value.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replaceAll("\\R", " ");
    }

    /** A code span; a backtick cannot be escaped inside one, so it becomes a quote. */
    public static String code(String value) {
        return "`" + (value == null ? "" : value.replace('`', '\'').replaceAll("\\R", " ")) + "`";
    }
}
