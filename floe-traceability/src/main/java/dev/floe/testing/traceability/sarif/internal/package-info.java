/** Traceability findings as SARIF 2.1.0, for code-scanning views in CI. */
package dev.floe.testing.traceability.sarif.internal;
