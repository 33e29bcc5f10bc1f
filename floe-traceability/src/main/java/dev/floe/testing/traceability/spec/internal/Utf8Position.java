package dev.floe.testing.traceability.spec.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Where the first byte that is not UTF-8 sits in a file, as {@code line:column (byte 0xNN)}. */
final class Utf8Position {

    private Utf8Position() {
    }

    /** {@code 12:7 (byte 0xE9)}: the 1-based line, the 1-based character column, the offending byte. */
    static String ofFirstError(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                }
                else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                return line + ":" + column + " (byte 0x"
                        + String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF) + ")";
            }
            if (result.isUnderflow()) {
                return line + ":" + column;
            }
        }
    }
}
