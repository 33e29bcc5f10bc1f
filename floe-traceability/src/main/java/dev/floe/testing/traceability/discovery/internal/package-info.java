/**
 * Static discovery: tests that carry {@code @Covers} in compiled test classes, found without running them, and
 * the one rule of what a test method is ({@code TestMethodRule}), shared with the JUnit listener's scan.
 *
 * <p>Internal: these types serve the CLI, the Maven plugin and the JUnit adapter of this project. They are not
 * API and may change or go away in any release without notice; integrators use
 * {@link dev.floe.testing.traceability.cli.TraceabilityCli}, {@link dev.floe.testing.traceability.merge.TraceabilityMerge},
 * {@link dev.floe.testing.traceability.gate.CoverageGate} and
 * {@link dev.floe.testing.traceability.report.TraceabilityReports} instead.
 */
package dev.floe.testing.traceability.discovery.internal;
