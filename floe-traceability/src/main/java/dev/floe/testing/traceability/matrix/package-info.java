/** The traceability matrix: requirements of the specs mapped to the tests that cover them, with a status each. */
package dev.floe.testing.traceability.matrix;
