/** Internals of the JUnit side of traceability (run listener, id building, annotation reading); not an API. */
package dev.floe.testing.junit.traceability.internal;
