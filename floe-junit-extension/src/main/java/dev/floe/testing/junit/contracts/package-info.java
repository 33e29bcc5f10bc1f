/**
 * Contract tests a floe package implements once to get the shared checks (over all seven compute
 * targets where a target matters): {@link dev.floe.testing.junit.contracts.DbtProfileGeneratorContract},
 * {@link dev.floe.testing.junit.contracts.CubeRowLevelSecurityContract} and
 * {@link dev.floe.testing.junit.contracts.CompiledArtifactsReaderContract}.
 */
package dev.floe.testing.junit.contracts;
