/** Requirements deliberately left without tests, each with a reason, an owner and an expiry date. */
package dev.floe.testing.traceability.exclusion;
