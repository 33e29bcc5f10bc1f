package dev.floe.testing.junit.internal.messages;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Samples throw sites of main code at random with a seed and prints, for each, whether its message carries
 * expected, found, where and fix. A site built through a message class is judged by that class's source (it must
 * call {@code .expected(}, {@code .found(} or {@code .foundValue(}, {@code .where(} and {@code .fix(}); a rethrow of
 * a formed message inherits it; a free-text message is judged by its words ("expected", "found", a location such as
 * "at", "in", a path or a URL, "fix").
 *
 * <p>Run it from the repository root after compiling this module's tests:
 * <pre>
 * ./mvnw -o -B -q test-compile -pl floe-junit-extension -am
 * java -cp floe-junit-extension/target/test-classes dev.floe.testing.junit.internal.messages.MessageScorecard 20 16
 * java -cp ... MessageScorecard 20 16 --all      # every module's main code, converted or not
 * </pre>
 * Arguments: the sample size (default 20), the seed (default 16), and {@code --all} to sample all main code instead of
 * the converted sources that {@link FailureMessageGuardTest} guards.
 */
public final class MessageScorecard {

    private static final Pattern EXPECTED = Pattern.compile("(?i)expected|must |should |accepted|one of");
    private static final Pattern FOUND = Pattern.compile("(?i)found|was |is \\w|: ?\" *\\+ *\\w|'\" *\\+");
    private static final Pattern WHERE = Pattern.compile("(?i)\\bat \\$|\\bin \" *\\+|file|path|GET |url|key|line ");
    private static final Pattern FIX = Pattern.compile("(?i)fix:|fix |set |run '|add |use ");

    private MessageScorecard() {
    }

    /** Prints the sample and the score; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 16;
        boolean all = List.of(args).contains("--all");
        ThrowSites reader = ThrowSites.load();
        List<ThrowSites.Site> sites = new ArrayList<>(reader.sitesUnder(all ? ThrowSites.ALL_MAIN
                : FailureMessageGuardTest.convertedRoots()));
        Collections.shuffle(sites, new Random(seed));
        List<ThrowSites.Site> sample = sites.subList(0, Math.min(size, sites.size()));
        int complete = 0;
        System.out.printf(Locale.ROOT, "%d throw sites in %s; sample of %d, seed %d%n%n", sites.size(),
                all ? "all main code" : "the converted sources", sample.size(), seed);
        System.out.println("E F W X  site / how the message is built");
        for (ThrowSites.Site site : sample) {
            boolean[] parts = parts(reader, site);
            boolean four = parts[0] && parts[1] && parts[2] && parts[3];
            complete += four ? 1 : 0;
            System.out.printf(Locale.ROOT, "%s %s %s %s  %s  new %s%n           %s%n", mark(parts[0]), mark(parts[1]),
                    mark(parts[2]), mark(parts[3]), site.location(), site.type(), how(site));
        }
        System.out.printf(Locale.ROOT, "%n%d of %d sampled messages carry expected, found, where and fix.%n", complete,
                sample.size());
    }

    private static boolean[] parts(ThrowSites reader, ThrowSites.Site site) throws Exception {
        switch (site.rule()) {
            case MESSAGE_CLASS, SELF_FORMING_TYPE -> {
                boolean[] parts = { true, true, true, true };
                for (String name : site.messageClasses()) {
                    String source = Files.readString(reader.messageClasses().get(name));
                    if (name.equals("FailureMessage")) {
                        continue;
                    }
                    parts[0] &= source.contains(".expected(");
                    parts[1] &= source.contains(".found(") || source.contains(".foundValue(");
                    parts[2] &= source.contains(".where(");
                    parts[3] &= source.contains(".fix(");
                }
                return parts;
            }
            case RETHROW -> {
                return new boolean[] { true, true, true, true };
            }
            default -> {
                String text = site.arguments();
                return new boolean[] { EXPECTED.matcher(text).find(), FOUND.matcher(text).find(),
                        WHERE.matcher(text).find(), FIX.matcher(text).find() };
            }
        }
    }

    private static String how(ThrowSites.Site site) {
        return switch (site.rule()) {
            case MESSAGE_CLASS -> "message class " + String.join(", ", site.messageClasses());
            case SELF_FORMING_TYPE -> "the type's constructor, through " + String.join(", ", site.messageClasses());
            case RETHROW -> "passes on a formed message with its cause";
            case FREE_TEXT -> "free text: " + site.arguments().lines().findFirst().orElse("").strip();
        };
    }

    private static String mark(boolean present) {
        return present ? "+" : "-";
    }
}
