package dev.floe.testing.traceability.spec.internal;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Renders Markdown nodes as one line of plain text: inline code keeps its backticks, emphasis and
 * links keep their text, line breaks and block boundaries become single spaces, nested list items
 * start with {@code "- "}. Nesting deeper than {@link #MAX_DEPTH} is cut off, so no input can
 * exhaust the stack.
 */
final class PlainText {

    static final int MAX_DEPTH = 64;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final StringBuilder out = new StringBuilder();
    private final Predicate<ListItem> skipItem;

    private PlainText(Predicate<ListItem> skipItem) {
        this.skipItem = skipItem;
    }

    /** The text of {@code node} and its descendants. */
    static String of(Node node) {
        PlainText text = new PlainText(item -> false);
        text.append(node, 0);
        return text.result();
    }

    /** A builder that leaves out nested list items for which {@code skipItem} holds (nested requirements). */
    static PlainText skipping(Predicate<ListItem> skipItem) {
        return new PlainText(skipItem);
    }

    PlainText appendLiteral(String literal) {
        out.append(literal);
        return this;
    }

    /** Appends {@code node}, which sits {@code depth} levels below the node being rendered. */
    PlainText append(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return this;
        }
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        }
        else if (node instanceof Code code) {
            out.append('`').append(code.getLiteral()).append('`');
        }
        else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof ThematicBreak) {
            out.append(' ');
        }
        else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            out.append(' ');
        }
        else if (node instanceof FencedCodeBlock fenced) {
            out.append(' ').append(fenced.getLiteral()).append(' ');
        }
        else if (node instanceof IndentedCodeBlock indented) {
            out.append(' ').append(indented.getLiteral()).append(' ');
        }
        else if (node instanceof BulletList || node instanceof OrderedList) {
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem listItem && skipItem.test(listItem)) {
                    continue;
                }
                out.append(" - ");
                appendChildren(item, depth + 1);
            }
            out.append(' ');
        }
        else {
            boolean block = node.getParent() != null && isBlock(node);
            if (block) {
                out.append(' ');
            }
            appendChildren(node, depth);
            if (block) {
                out.append(' ');
            }
        }
        return this;
    }

    private void appendChildren(Node node, int depth) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1);
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof org.commonmark.node.Block;
    }

    /** The collected text with runs of white space collapsed to one space and both ends trimmed. */
    String result() {
        return SPACES.matcher(out).replaceAll(" ").trim();
    }
}
