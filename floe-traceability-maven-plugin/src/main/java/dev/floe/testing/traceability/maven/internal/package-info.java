/**
 * Maven goals that merge traceability matrices and gate a build: {@code report} and {@code check}. The mojo classes
 * are public only because Maven instantiates them; users name the goals ({@code floe-traceability:check}), never the
 * classes, so they live in an internal package.
 */
package dev.floe.testing.traceability.maven.internal;
