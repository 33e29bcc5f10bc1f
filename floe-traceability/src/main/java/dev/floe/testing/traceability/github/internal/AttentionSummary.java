package dev.floe.testing.traceability.github.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.function.Function;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * A job summary that opens with what needs a person: requirements with failing tests, then those whose tests
 * did not run, then those no test covers. The rest (the gate's verdict, tables) follows it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AttentionSummary {

    /** How many requirements a list shows at most; the reports list them all. */
    public static final int MAX_ITEMS = 50;

    private AttentionSummary() {
    }

    /** The summary of {@code matrix} followed by {@code details} (e.g. the gate's Markdown), ready to append. */
    public static String render(TraceabilityMatrix matrix, String details) {
        StringBuilder md = new StringBuilder(4096);
        md.append("## Traceability\n\n**").append(Markdown.text(matrix.summaryLine())).append("**\n\n");
        List<RequirementCoverage> failing = rows(matrix, CoverageStatus.PARTIAL, PartialKind.FAILING);
        List<RequirementCoverage> notRun = rows(matrix, CoverageStatus.PARTIAL, PartialKind.NOT_RUN);
        List<RequirementCoverage> uncovered = rows(matrix, CoverageStatus.UNCOVERED, null);
        if (failing.isEmpty() && notRun.isEmpty() && uncovered.isEmpty()) {
            md.append("Nothing needs attention: every requirement is covered or excluded.\n\n");
        }
        else {
            md.append("### Needs attention\n\n");
            section(md, "Failing", failing, r -> r.failed() + " failing test(s)");
            section(md, "Not run", notRun, r -> r.notRun() + " test(s) did not run");
            section(md, "Uncovered", uncovered, r -> "no test");
        }
        if (details != null && !details.isBlank()) {
            md.append(details.strip()).append("\n\n");
        }
        return md.toString();
    }

    private static List<RequirementCoverage> rows(TraceabilityMatrix matrix, CoverageStatus status,
            PartialKind kind) {
        return matrix.requirements().stream().filter(r -> r.status() == status && r.partialKind() == kind).toList();
    }

    private static void section(StringBuilder md, String title, List<RequirementCoverage> rows,
            Function<RequirementCoverage, String> why) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("#### ").append(title).append(" (").append(rows.size()).append(")\n\n");
        rows.stream().limit(MAX_ITEMS).forEach(r -> md.append("- ").append(Markdown.item(r)).append(": ")
                .append(why.apply(r)).append('\n'));
        if (rows.size() > MAX_ITEMS) {
            md.append("- ... and ").append(rows.size() - MAX_ITEMS).append(" more: see `index.html`\n");
        }
        md.append('\n');
    }
}
