package dev.floe.testing.traceability.spec.internal;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser, but only for blocks of at most {@value #MAX_CHARS} characters, and for at most
 * {@value #MAX_DOCUMENT_CHARS} characters of one document in all. Inline parsing costs a node or more per
 * punctuation character ({@code [}, {@code *}, a backtick), kept until the document is read: 8 MB of them take
 * gigabytes. A block past either bound is kept as one {@link Oversized} text node, which the reader reports when
 * it is a list item. No requirement is that long, and no real spec has a megabyte of inline text.
 */
final class BoundedInlines implements InlineParserFactory {

    static final int MAX_CHARS = 16 * 1024;
    static final int MAX_DOCUMENT_CHARS = 1024 * 1024;

    @Override
    public InlineParser create(InlineParserContext context) {
        // the default parser is internal to commonmark, but the only way to wrap it (the factory has no delegate)
        InlineParser full = new InlineParserImpl(context);
        long[] left = { MAX_DOCUMENT_CHARS }; // created once per document
        return (lines, block) -> {
            long length = length(lines);
            if (length <= MAX_CHARS && length <= left[0]) {
                left[0] -= length;
                full.parse(lines, block);
                return;
            }
            Oversized text = new Oversized(lines.getContent(), length > MAX_CHARS);
            text.setSourceSpans(lines.getSourceSpans());
            block.appendChild(text);
        };
    }

    private static long length(SourceLines lines) {
        long length = 0;
        for (SourceLine line : lines.getLines()) {
            length += line.getContent().length() + 1;
            if (length > MAX_CHARS) {
                break;
            }
        }
        return length;
    }

    /** The raw text of a block too large to be read as Markdown, or past the document's inline budget. */
    static final class Oversized extends Text {

        private final boolean tooLong;

        Oversized(String literal, boolean tooLong) {
            super(literal);
            this.tooLong = tooLong;
        }

        /** Why the block was not read: its own length, or the document's budget. */
        String reason() {
            return tooLong ? "a list item of more than " + MAX_CHARS + " characters is not read as Markdown;"
                    + " a requirement is shorter"
                    : "list items from here on are not read as Markdown: the spec has more than " + MAX_DOCUMENT_CHARS
                            + " characters of inline text";
        }

        boolean tooLong() {
            return tooLong;
        }
    }
}
