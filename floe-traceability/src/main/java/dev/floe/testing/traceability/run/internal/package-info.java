/** Assembles a run: all result fragments of the run into one matrix and its reports, full or partial. */
package dev.floe.testing.traceability.run.internal;
