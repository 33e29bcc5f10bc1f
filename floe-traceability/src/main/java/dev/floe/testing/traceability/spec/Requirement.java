package dev.floe.testing.traceability.spec;

/**
 * One functional requirement read from a Markdown spec.
 *
 * @param id       feature-scoped id, e.g. {@code 006-FR-024}
 * @param specFile path of the spec relative to the build root, with {@code /}
 * @param line     1-based line of the requirement's list item
 * @param text     the full text (continuation lines joined), without the bold id
 * @param category from the nearest heading, e.g. {@code observability}
 * @param priority {@code P1}..{@code P3}; {@code P2} when the spec does not say
 * @since 0.1.0
 */
public record Requirement(RequirementId id, String specFile, int line, String text, String category,
        String priority) {
}
