package dev.floe.testing.traceability.gate;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.floe.testing.traceability.gate.internal.ShouldBePercentage;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What the gate demands. Percentages are of requirements not excluded, {@code 0} to {@code 100}.
 *
 * <pre>{@code
 * GatePolicy policy = GatePolicy.defaults().withMinCoverage(80).withMinCoverage("P1", 100);
 * }</pre>
 *
 * @param minCoverage       the overall minimum (of the view being gated), or {@code null} for none
 * @param featureMinimums   minimum per feature id ({@code 004}), sorted
 * @param priorityMinimums  minimum per priority ({@code P1}), sorted
 * @param allowSkipped      whether skipped and aborted tests may pass the gate (floe's rule: they may not)
 * @param failOnSuspect     whether suspect links (requirement text changed since confirmed) fail the gate
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record GatePolicy(Double minCoverage, Map<String, Double> featureMinimums, Map<String, Double> priorityMinimums,
        boolean allowSkipped, boolean failOnSuspect) {

    /** Checks every percentage and copies the maps, sorted. */
    public GatePolicy {
        if (minCoverage != null) {
            check("overall", minCoverage);
        }
        featureMinimums.forEach(GatePolicy::check);
        priorityMinimums.forEach(GatePolicy::check);
        featureMinimums = Collections.unmodifiableMap(new TreeMap<>(featureMinimums));
        priorityMinimums = Collections.unmodifiableMap(new TreeMap<>(priorityMinimums));
    }

    /** No thresholds; skipped tests and suspect links fail. */
    public static GatePolicy defaults() {
        return new GatePolicy(null, Map.of(), Map.of(), false, true);
    }

    /** This policy with an overall minimum. */
    public GatePolicy withMinCoverage(double percentage) {
        return new GatePolicy(percentage, featureMinimums, priorityMinimums, allowSkipped, failOnSuspect);
    }

    /** This policy with a minimum for a feature ({@code 004}) or a priority ({@code P1}). */
    public GatePolicy withMinCoverage(String featureOrPriority, double percentage) {
        Map<String, Double> features = new TreeMap<>(featureMinimums);
        Map<String, Double> priorities = new TreeMap<>(priorityMinimums);
        (featureOrPriority.matches("P[1-3]") ? priorities : features).put(featureOrPriority, percentage);
        return new GatePolicy(minCoverage, features, priorities, allowSkipped, failOnSuspect);
    }

    /** This policy letting skipped and aborted tests pass, or not. */
    public GatePolicy withAllowSkipped(boolean value) {
        return new GatePolicy(minCoverage, featureMinimums, priorityMinimums, value, failOnSuspect);
    }

    /** This policy failing on suspect links, or only reporting them. */
    public GatePolicy withFailOnSuspect(boolean value) {
        return new GatePolicy(minCoverage, featureMinimums, priorityMinimums, allowSkipped, value);
    }

    private static void check(String what, Double percentage) {
        if (percentage == null || percentage.isNaN() || percentage < 0 || percentage > 100) {
            throw new IllegalArgumentException(ShouldBePercentage.shouldBePercentage(what, percentage));
        }
    }
}
