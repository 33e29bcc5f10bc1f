package dev.floe.testing.traceability.github.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that put each failing or
 * uncovered P1 requirement on its spec line in the pull request's "Files changed" view and the run's page.
 * Spec paths are relative to the build root, which is the repository root in a usual checkout.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ErrorAnnotations {

    private ErrorAnnotations() {
    }

    /** One workflow command per failing or uncovered P1 requirement of {@code matrix}, sorted by id. */
    public static List<String> of(TraceabilityMatrix matrix) {
        return matrix.requirements().stream().filter(r -> "P1".equals(r.requirement().priority()))
                .filter(r -> r.status() == CoverageStatus.UNCOVERED || r.partialKind() == PartialKind.FAILING)
                .map(ErrorAnnotations::line).toList();
    }

    private static String line(RequirementCoverage r) {
        String what = r.status() == CoverageStatus.UNCOVERED ? "is uncovered: no test cites it"
                : "is failing: " + r.failed() + " covering test(s) failed (" + String.join(", ", r.testIds()) + ")";
        return "::error file=" + property(r.requirement().specFile()) + ",line=" + r.requirement().line()
                + ",title=" + property("P1 requirement " + r.id()) + "::"
                + data("P1 requirement " + r.id() + " " + what + ". " + r.requirement().text());
    }

    /** A message: GitHub reads %, CR and LF as escapes. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also {@code :} and {@code ,}, which separate properties. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
