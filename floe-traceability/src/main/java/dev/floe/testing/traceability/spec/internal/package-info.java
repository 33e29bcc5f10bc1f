/** Internals of spec parsing: finding spec files, reading Markdown, categories and id suggestions. Not API. */
package dev.floe.testing.traceability.spec.internal;
