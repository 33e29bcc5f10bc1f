/** Maven goals that merge traceability matrices and gate a build: {@code report} and {@code check}. */
package dev.floe.testing.traceability.maven;
