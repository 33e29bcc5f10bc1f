/**
 * Comparison with a baseline: the statuses of an earlier run, and what was lost or newly failing since.
 *
 * <p>Internal: these types serve the CLI, the Maven plugin and the JUnit adapter of this project. They are not
 * API and may change or go away in any release without notice; integrators use
 * {@link dev.floe.testing.traceability.cli.TraceabilityCli}, {@link dev.floe.testing.traceability.merge.TraceabilityMerge},
 * {@link dev.floe.testing.traceability.gate.CoverageGate} and
 * {@link dev.floe.testing.traceability.report.TraceabilityReports} instead.
 */
package dev.floe.testing.traceability.gate.internal;
