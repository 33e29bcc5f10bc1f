/** The coverage gate: thresholds overall, per feature and per priority, zero skipped tests, the baseline ratchet. */
package dev.floe.testing.traceability.gate;
