/**
 * Assembles a run: all result fragments of the run into one matrix and its reports, full or partial.
 *
 * <p>Internal: these types serve the CLI, the Maven plugin and the JUnit adapter of this project. They are not
 * API and may change or go away in any release without notice; integrators use
 * {@link dev.floe.testing.traceability.cli.TraceabilityCli}, {@link dev.floe.testing.traceability.merge.TraceabilityMerge},
 * {@link dev.floe.testing.traceability.gate.CoverageGate} and
 * {@link dev.floe.testing.traceability.report.TraceabilityReports} instead.
 */
package dev.floe.testing.traceability.run.internal;
