package dev.floe.testing.traceability.maven.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FailureMessage;

/**
 * A traceability run that the command line stopped: bad input, or an unexpected error. The command line prints its
 * message on one line ({@code floe-traceability: summary | expected: ... | found: ... | where: ... | fix: ...}); the
 * build failure shows it in the one form again, on its lines.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldReadTraceabilityInputs {

    private static final String PREFIX = "floe-traceability: ";
    private static final Pattern LABELLED = Pattern.compile("([a-z][a-z -]*):\\s+(.*)", Pattern.DOTALL);

    private ShouldReadTraceabilityInputs() {
    }

    /**
     * The message for the run that stopped with {@code error}, what the command line printed; {@code unexpected}
     * when it was not an input error.
     */
    public static String shouldReadTraceabilityInputs(String error, boolean unexpected) {
        String text = error == null ? "" : error.strip();
        String line = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        List<String> parts = List.of(line.split(" \\| "));
        Map<String, String> labelled = new LinkedHashMap<>();
        String last = null;
        for (String part : parts.subList(1, parts.size())) {
            Matcher m = LABELLED.matcher(part);
            if (m.matches()) {
                last = m.group(1);
                labelled.put(last, m.group(2).strip());
            }
            else if (last != null) {
                labelled.merge(last, part.strip(), (a, b) -> a + "\n" + b);
            }
        }
        if (!unexpected && labelled.keySet().containsAll(List.of("expected", "found", "where", "fix"))) {
            FailureMessage message = FailureMessage.summary(parts.get(0)).expected(labelled.get("expected"))
                    .found(labelled.get("found")).where(labelled.get("where")).fix(labelled.get("fix"));
            List<String> extra = new ArrayList<>(labelled.keySet());
            extra.removeAll(List.of("expected", "found", "where", "fix"));
            for (String label : extra) {
                message = message.detail(label, labelled.get(label));
            }
            return message.toString();
        }
        return FailureMessage.summary(unexpected ? "floe-traceability stopped on an unexpected error."
                        : "floe-traceability could not use its inputs; nothing was written.")
                .expected("readable specs, merge inputs, exclusions, lock file and baseline, and valid parameters")
                .found(text.isEmpty() ? "no message" : text)
                .where(unexpected ? "the floe-traceability run" : "the input that the found line names")
                .fix(unexpected ? "report it as a floe-testing bug with this message" : "correct the input it names")
                .toString();
    }
}
