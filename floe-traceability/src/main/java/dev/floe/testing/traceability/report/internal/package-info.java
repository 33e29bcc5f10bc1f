/** Internals of the report writers, shared with the gate's files. Not API. */
package dev.floe.testing.traceability.report.internal;
