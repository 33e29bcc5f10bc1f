/** Plain records of test outcomes, free of JUnit types, that the traceability engine consumes. */
package dev.floe.testing.traceability.result;
