package dev.floe.testing.traceability.github.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.report.internal.MarkdownText;

/** Markdown pieces shared by the job summary and the pull-request delta. */
@API(status = INTERNAL, since = "0.1.0")
public final class Markdown {

    private Markdown() {
    }

    /** {@code `004-FR-001` (P1) at `specs/004-catalog/spec.md:9`}. */
    public static String item(RequirementCoverage row) {
        return code(row.id()) + " (" + row.requirement().priority() + ") at " + code(row.location());
    }

    /** Text outside code spans, with Markdown's characters escaped, so names from specs stay text. */
    public static String text(String value) {
        return MarkdownText.escape(value);
    }

    /** A code span. */
    public static String code(String value) {
        return "`" + MarkdownText.code(value) + "`";
    }
}
