/**
 * Contract tests a floe package implements once to get the shared checks (over all seven compute
 * targets where a target matters): {@link dev.floe.testing.junit.contracts.DbtProfileGeneratorContract},
 * {@link dev.floe.testing.junit.contracts.CubeRowLevelSecurityContract} and
 * {@link dev.floe.testing.junit.contracts.CompiledArtifactsReaderContract}.
 *
 * <p>Their tests carry no {@code @Covers}: a package traces them to its own requirements with a
 * class-level {@code @Covers} on the implementing class, which applies to every inherited test.
 */
package dev.floe.testing.junit.contracts;
