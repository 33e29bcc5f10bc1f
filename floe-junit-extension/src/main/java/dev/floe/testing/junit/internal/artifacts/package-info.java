/** Internals of CompiledArtifacts injection. Not an API. */
package dev.floe.testing.junit.internal.artifacts;
