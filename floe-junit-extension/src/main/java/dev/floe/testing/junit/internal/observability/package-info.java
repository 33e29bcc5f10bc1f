/** Internals of {@code @RequiresObservability}: configuration, backend probing, span capture registry, checks. Not an API. */
package dev.floe.testing.junit.internal.observability;
