/**
 * Reading the exclusions file: requirements deliberately left without tests, checked entry by entry.
 *
 * <p>Internal: these types serve the CLI, the Maven plugin and the JUnit adapter of this project. They are not
 * API and may change or go away in any release without notice; integrators use
 * {@link dev.floe.testing.traceability.merge.TraceabilityMerge#withExclusionsFile(java.nio.file.Path)} instead.
 */
package dev.floe.testing.traceability.exclusion.internal;
