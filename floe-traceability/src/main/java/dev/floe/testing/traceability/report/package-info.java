/** Writes a traceability matrix as JSON (matrix and test report), Markdown and one self-contained HTML page. */
package dev.floe.testing.traceability.report;
