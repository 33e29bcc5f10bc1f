/** JUnit side of requirement traceability: {@link dev.floe.testing.junit.traceability.Covers} and the run listener. */
package dev.floe.testing.junit.traceability;
