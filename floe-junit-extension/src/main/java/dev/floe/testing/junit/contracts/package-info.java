/**
 * Contract tests a floe package implements once to get the shared checks for all seven compute
 * targets: {@link dev.floe.testing.junit.contracts.DbtProfileGeneratorContract} and
 * {@link dev.floe.testing.junit.contracts.CompiledArtifactsReaderContract}.
 */
package dev.floe.testing.junit.contracts;
