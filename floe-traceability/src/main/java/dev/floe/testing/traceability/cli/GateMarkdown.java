package dev.floe.testing.traceability.cli;

import java.util.List;

import dev.floe.testing.traceability.gate.internal.BaselineDiff;
import dev.floe.testing.traceability.gate.GateFailure;
import dev.floe.testing.traceability.gate.GateResult;
import dev.floe.testing.traceability.report.internal.MarkdownText;
import dev.floe.testing.traceability.view.internal.MatrixView;

/**
 * {@code traceability-gate.md}: the gate's verdict, its reasons with their items and the diff against the
 * baseline, short enough for a CI job summary ({@code $GITHUB_STEP_SUMMARY}).
 */
final class GateMarkdown {

    static final String FILE_NAME = "traceability-gate.md";

    private static final int MAX_ITEMS = 50;

    private GateMarkdown() {
    }

    static String render(MatrixView view, GateResult gate, BaselineDiff diff) {
        StringBuilder md = new StringBuilder();
        md.append("## Traceability gate: ").append(gate.passed() ? "passed" : "FAILED").append("\n\n");
        md.append("Scope: ").append(text(view.scope())).append(", ").append(view.coveragePercentage())
                .append("% of ").append(view.requirements().size()).append(" requirements fully covered.\n\n");
        for (GateFailure failure : gate.failures()) {
            md.append("### ").append(text(failure.rule())).append("\n\n").append(text(failure.message())).append("\n\n");
            items(md, failure.details());
        }
        for (String note : gate.notes()) {
            md.append("> ").append(text(note)).append("\n\n");
        }
        if (diff != null) {
            md.append("### Against the baseline\n\n");
            items(md, diff.lines());
        }
        return md.toString();
    }

    private static void items(StringBuilder md, List<String> lines) {
        lines.stream().limit(MAX_ITEMS).forEach(line -> md.append("- `").append(code(line.strip())).append("`\n"));
        if (lines.size() > MAX_ITEMS) {
            md.append("- ... and ").append(lines.size() - MAX_ITEMS).append(" more (see the console log)\n");
        }
        md.append('\n');
    }

    /** Text outside code spans: every Markdown character escaped, so names from specs and tests stay text. */
    private static String text(String value) {
        return MarkdownText.escape(value);
    }

    /** Text inside a code span: a backtick cannot be escaped there, so it becomes a quote. */
    private static String code(String value) {
        return MarkdownText.code(value);
    }
}
