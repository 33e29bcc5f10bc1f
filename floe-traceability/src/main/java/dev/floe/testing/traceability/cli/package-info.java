/** The command line: merge, views, reports and the gate, without a test run. */
package dev.floe.testing.traceability.cli;
