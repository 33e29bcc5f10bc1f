package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** An input file (merge input, baseline, lock file, exclusions file) that is not valid JSON. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidJson {

    private ShouldBeValidJson() {
    }

    /**
     * The message for {@code file}, read as a {@code kind}, whose JSON breaks at {@code line}:{@code column} ({@code 0}
     * when unknown).
     */
    public static String shouldBeValidJson(String kind, String file, int line, int column, String parserMessage,
            String fix) {
        String at = line > 0 ? " at line " + line + ", column " + column : "";
        return FailureMessage.summary("Corrupt " + kind + " " + file + ": not valid JSON" + at + ".")
                .expected("a JSON document")
                .found(parserMessage == null ? "JSON the parser rejects" : parserMessage)
                .where(line > 0 ? file + ":" + line + ":" + column : file)
                .fix(fix)
                .toString();
    }
}
