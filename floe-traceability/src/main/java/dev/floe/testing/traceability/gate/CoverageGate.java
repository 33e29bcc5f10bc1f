package dev.floe.testing.traceability.gate;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.gate.internal.GateCheck;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.view.internal.MatrixView;

/**
 * Decides whether a build passes: coverage of the matrix (overall, per feature, per priority) against the
 * {@link GatePolicy}, no error in the specs (an id defined twice), no skipped or aborted test. The command line's
 * check (floe-traceability's {@code TraceabilityCli}, the Maven plugin's {@code check}) applies the same rules to a
 * feature or module, and adds no lost coverage against a baseline and no suspect link.
 * Every failure lists what is behind it: the gaps with spec {@code file:line} and a suggested test location,
 * or the test and requirement ids.
 *
 * <pre>{@code
 * GateResult result = CoverageGate.check(matrix, GatePolicy.defaults().withMinCoverage(80));
 * if (!result.passed()) {
 *     result.lines().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class CoverageGate {

    private CoverageGate() {
    }

    /**
     * Checks the whole of {@code matrix} against {@code policy}, without a baseline and without suspect links.
     */
    public static GateResult check(TraceabilityMatrix matrix, GatePolicy policy) {
        Preconditions.notNull(matrix, "matrix");
        return GateCheck.check(MatrixView.whole(matrix), matrix, policy, null, List.of());
    }
}
