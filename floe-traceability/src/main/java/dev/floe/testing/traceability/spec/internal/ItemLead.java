package dev.floe.testing.traceability.spec.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * How a list item starts: with a readable bold requirement id ({@code **FR-024**:}), with something
 * that looks like one but cannot be read ({@code **FR-24**}, {@code FR-024:} not bold, a bold id that
 * is not at the start), or with anything else.
 *
 * @param kind     what the item is
 * @param feature  the feature written in a scoped bold id ({@code **006-FR-001**}), else {@code null}
 * @param local    the spec-local id, e.g. {@code FR-024}, for {@link Kind#REQUIREMENT}
 * @param priority a priority written inside the bold id ({@code **FR-001 (P1)**}), else {@code null}
 * @param strong   the bold id node, for {@link Kind#REQUIREMENT}
 * @param problem  why the item cannot be read, for {@link Kind#PROBLEM}
 */
record ItemLead(Kind kind, String feature, String local, String priority, Node strong, String problem) {

    enum Kind { NONE, REQUIREMENT, PROBLEM }

    static final String EXPECTED = "expected FR- followed by three digits and an optional lower-case letter,"
            + " e.g. FR-001 or FR-006a";

    /** A bold id: {@code FR-024}, {@code 006-FR-024}, {@code FR-006a}, optionally with {@code (P1)} and a colon inside. */
    static final Pattern BOLD_ID = Pattern.compile(
            "(?:(\\d{3})-)?(FR-\\d{3}[a-z]?)\\s*(?:[(\\[](?i:priority\\s*:?\\s*)?(P[1-3])[)\\]])?\\s*[:.\\-\u2013\u2014]?");

    /** Bold text that starts like a requirement id, however badly: {@code FR-01}, {@code fr-001}, {@code FR-XXX}. */
    private static final Pattern LOOSE_ID = Pattern.compile("(?i)(?:\\d+\\s*-\\s*)?FR\\s*[-_ ]?\\s*[0-9X]");

    /** A well-formed id followed by more words inside the bold: {@code **FR-001 Title**}. */
    private static final Pattern ID_WITH_MORE = Pattern.compile("((?:\\d{3}-)?FR-\\d{3}[a-z]?)[\\s:]+(?=\\S)");

    /** A task-list box before the bold id: {@code - [ ] **FR-001**: ...}. */
    private static final Pattern TASK_BOX = Pattern.compile("\\[[ xX]\\]\\s*");

    /** A plain (not bold) id with a colon at the start of an item. */
    private static final Pattern PLAIN_ID = Pattern.compile("\\s*((?:\\d{3}-)?FR-\\d+[a-z]?)\\s*:");

    private static final ItemLead NONE = new ItemLead(Kind.NONE, null, null, null, null, null);

    static ItemLead of(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
            return NONE;
        }
        Node first = paragraph.getFirstChild();
        if (first instanceof Text box && TASK_BOX.matcher(box.getLiteral()).matches()
                && box.getNext() instanceof StrongEmphasis) {
            first = box.getNext();
        }
        if (first instanceof StrongEmphasis strong) {
            String written = PlainText.of(strong);
            Matcher m = BOLD_ID.matcher(written);
            if (m.matches()) {
                return new ItemLead(Kind.REQUIREMENT, m.group(1), m.group(2), m.group(3), strong, null);
            }
            Matcher titled = ID_WITH_MORE.matcher(written);
            if (titled.lookingAt()) {
                return problem("the bold text '" + shorten(written) + "' holds more than the id: write '- **"
                        + titled.group(1) + "**: " + shorten(written.substring(titled.end()).strip()) + " ...'");
            }
            if (LOOSE_ID.matcher(written).lookingAt()) {
                return problem("ill-formed requirement id '" + shorten(written) + "': " + EXPECTED
                        + IdSuggestions.normalised(written).map(id -> " (did you mean " + id + "?)").orElse(""));
            }
        }
        else if (first instanceof Emphasis emphasis) {
            String written = PlainText.of(emphasis);
            if (LOOSE_ID.matcher(written).lookingAt()) {
                return problem("requirement id '" + shorten(written) + "' is in italics, not bold: write '- **"
                        + shorten(stripColon(written)) + "**: text'");
            }
        }
        else if (first instanceof Text text) {
            Matcher m = PLAIN_ID.matcher(text.getLiteral());
            if (m.lookingAt()) {
                return problem("requirement id '" + m.group(1) + "' is not bold: write '- **" + m.group(1)
                        + "**: text'");
            }
        }
        return boldIdLater(first);
    }

    /** A bold id followed by a colon somewhere after the start: a requirement written out of place. */
    private static ItemLead boldIdLater(Node first) {
        if (first == null) {
            return NONE;
        }
        for (Node node = first.getNext(); node != null; node = node.getNext()) {
            if (node instanceof StrongEmphasis strong) {
                String written = PlainText.of(strong);
                Matcher m = BOLD_ID.matcher(written);
                boolean colon = written.endsWith(":")
                        || node.getNext() instanceof Text next && next.getLiteral().startsWith(":");
                if (m.matches() && colon) {
                    return problem("bold requirement id " + m.group(2)
                            + " is not at the start of the list item: write '- **" + m.group(2) + "**: text'");
                }
            }
        }
        return NONE;
    }

    private static ItemLead problem(String message) {
        return new ItemLead(Kind.PROBLEM, null, null, null, null, message);
    }

    /** Keeps messages short whatever the input: at most 40 characters of what was written. */
    static String shorten(String written) {
        return written.length() <= 40 ? written : written.substring(0, 40) + "...";
    }

    private static String stripColon(String written) {
        String s = written.strip();
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    boolean looksLikeRequirement() {
        return kind != Kind.NONE;
    }
}
