package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import dev.floe.testing.traceability.spec.Feature;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;
import dev.floe.testing.traceability.spec.SpecProblem;

/**
 * Reads the requirements of one Markdown spec with commonmark-java. A requirement is a list item
 * (any bullet, numbered, nested) whose text starts with a bold id; prose, block quotes and code
 * blocks are never requirements. Safe for any input: nesting is bounded, nothing is thrown.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MarkdownSpecReader {

    /** Thread-safe: a commonmark {@link Parser} makes a fresh document parser per call. */
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(new BoundedInlines())
            .build();

    /** After the bold id: an optional {@code (P1)}, then an optional separator. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[(\\[](?i:priority\\s*:?\\s*)?(P[1-3])[)\\]]\\s*)?(?:[:\\-\u2013\u2014.]\\s*)?");

    private static final Pattern FEATURE_TITLE = Pattern.compile(
            "(?i)^feature(?:\\s+specification)?(?:\\s+\\d+)?\\s*:\\s*");

    private static final int MAX_HEADING_LEVEL = 6;

    private final String specFile;
    private final String featureId;
    private final String[] headings = new String[MAX_HEADING_LEVEL + 1];
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<SpecProblem> problems = new ArrayList<>();
    private String title;
    private boolean reportedDepth;
    private boolean reportedBudget;

    private MarkdownSpecReader(String specFile, String featureId) {
        this.specFile = specFile;
        this.featureId = featureId;
    }

    /**
     * Reads {@code markdown} as the spec of feature {@code featureId}.
     *
     * @param specFile     path relative to the build root, with {@code /}, used in results and problems
     * @param featureId    the three-digit feature id of the spec's folder
     * @param fallbackName the feature name when the spec has no level-1 heading
     * @param markdown     the file's content
     */
    public static ParsedSpec read(String specFile, String featureId, String fallbackName, String markdown) {
        MarkdownSpecReader reader = new MarkdownSpecReader(specFile, featureId);
        NestingLimit.Bounded bounded = NestingLimit.apply(markdown);
        if (!bounded.cutLines().isEmpty()) {
            reader.reportedDepth = true;
            reader.problems.add(new SpecProblem(specFile, bounded.cutLines().get(0), "lists or quotes nested deeper than "
                    + NestingLimit.MAX_LEVELS + " levels are not read (" + bounded.cutLines().size() + " line(s) from here)"));
        }
        reader.readDocument(PARSER.parse(bounded.markdown()));
        String name = reader.title == null || reader.title.isBlank() ? fallbackName : reader.title;
        return new ParsedSpec(new Feature(featureId, name, specFile), reader.requirements, reader.problems);
    }

    private void readDocument(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                enterHeading(heading);
            }
            else if (block instanceof ListBlock list) {
                readList(list, 1);
            }
            else if (block instanceof Paragraph paragraph) {
                checkStrayRequirement(paragraph);
            }
            // Block quotes, code blocks, HTML and thematic breaks hold no requirements.
        }
    }

    private void enterHeading(Heading heading) {
        int level = Math.max(1, Math.min(MAX_HEADING_LEVEL, heading.getLevel()));
        String text = PlainText.of(heading);
        headings[level] = text;
        for (int deeper = level + 1; deeper <= MAX_HEADING_LEVEL; deeper++) {
            headings[deeper] = null;
        }
        if (level == 1 && title == null) {
            title = FEATURE_TITLE.matcher(text).replaceFirst("").strip();
        }
    }

    private void readList(ListBlock list, int depth) {
        if (depth > PlainText.MAX_DEPTH) {
            if (!reportedDepth) {
                reportedDepth = true;
                problems.add(new SpecProblem(specFile, lineOf(list), "lists nested deeper than "
                        + PlainText.MAX_DEPTH + " levels are not read"));
            }
            return;
        }
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem item) {
                readItem(item, depth);
            }
        }
    }

    private void readItem(ListItem item, int depth) {
        if (item.getFirstChild() instanceof Paragraph first && first.getFirstChild() instanceof BoundedInlines.Oversized raw) {
            if (raw.tooLong() || !reportedBudget) {
                reportedBudget |= !raw.tooLong();
                problems.add(new SpecProblem(specFile, lineOf(item), raw.reason()));
            }
            return;
        }
        ItemLead lead = ItemLead.of(item);
        switch (lead.kind()) {
            case REQUIREMENT -> readRequirement(item, lead);
            case PROBLEM -> problems.add(new SpecProblem(specFile, lineOf(item), lead.problem()));
            default -> { }
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                readList(nested, depth + 1);
            }
        }
    }

    private void readRequirement(ListItem item, ItemLead lead) {
        int line = lineOf(item);
        if (lead.feature() != null && !lead.feature().equals(featureId)) {
            problems.add(new SpecProblem(specFile, line, "requirement id " + lead.feature() + "-" + lead.local()
                    + " names feature " + lead.feature() + ", but this spec is feature " + featureId
                    + ": write " + lead.local()));
            return;
        }
        PlainText text = PlainText.skipping(nested -> ItemLead.of(nested).looksLikeRequirement());
        String priority = lead.priority();
        Node next = lead.strong().getNext();
        if (next instanceof Text first) {
            Matcher separator = SEPARATOR.matcher(first.getLiteral());
            separator.lookingAt();
            if (priority == null) {
                priority = separator.group(1);
            }
            text.appendLiteral(first.getLiteral().substring(separator.end()));
            next = next.getNext();
        }
        for (Node inline = next; inline != null; inline = inline.getNext()) {
            text.append(inline, 1);
        }
        for (Node block = item.getFirstChild().getNext(); block != null; block = block.getNext()) {
            text.append(block, 1);
        }
        String body = text.result();
        if (body.isEmpty()) {
            problems.add(new SpecProblem(specFile, line, "requirement " + lead.local()
                    + " has no text: write '- **" + lead.local() + "**: The library MUST ...'"));
            return;
        }
        if (priority == null) {
            priority = Priorities.stated(body).orElseGet(() -> Priorities.fromHeadings(headings));
        }
        requirements.add(new Requirement(new RequirementId(featureId, lead.local()), specFile, line, body,
                Categories.of(nearestHeading()), priority.toUpperCase(Locale.ROOT)));
    }

    /** A paragraph outside any list that starts like a requirement: almost certainly a lost bullet. */
    private void checkStrayRequirement(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof StrongEmphasis strong) {
            String written = PlainText.of(strong);
            Matcher m = ItemLead.BOLD_ID.matcher(written);
            boolean colon = written.endsWith(":")
                    || strong.getNext() instanceof Text next && next.getLiteral().startsWith(":");
            if (m.matches() && colon) {
                problems.add(new SpecProblem(specFile, lineOf(paragraph), "requirement " + m.group(2)
                        + " is not a list item, so it is not read: write '- **" + m.group(2) + "**: text'"));
            }
        }
    }

    private String nearestHeading() {
        for (int level = MAX_HEADING_LEVEL; level >= 1; level--) {
            if (headings[level] != null) {
                return headings[level];
            }
        }
        return null;
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
