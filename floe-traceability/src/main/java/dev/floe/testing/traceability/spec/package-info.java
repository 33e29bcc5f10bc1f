/** Requirements read from Markdown specs ({@code specs/NNN-name/spec.md}). */
package dev.floe.testing.traceability.spec;
