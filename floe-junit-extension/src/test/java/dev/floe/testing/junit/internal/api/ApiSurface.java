package dev.floe.testing.junit.internal.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.floe.testing.junit.internal.api.PublicTypes.PublicType;

/**
 * Prints the API surface of the published modules as Markdown tables, per module and in total: the public top-level
 * types, how many sit in {@code internal} packages, how many outside them are marked {@code @API(status = INTERNAL)},
 * the hidden share counted both ways (internal packages only; internal packages or INTERNAL status), the count per
 * status, and the types without {@code @API}. A second table counts the message classes ({@code Should*.java}), so a
 * reader sees how much of the hidden share they are.
 *
 * <p>It reads sources only, so it measures any checkout. From the repository root, after compiling this module's
 * tests:
 * <pre>
 * ./mvnw -o -B -q test-compile -pl floe-junit-extension -am
 * java -cp floe-junit-extension/target/test-classes dev.floe.testing.junit.internal.api.ApiSurface [root]
 * </pre>
 * The optional argument is the repository root to read (default: this one), for instance an old commit checked out
 * with {@code git worktree add --detach /tmp/before <commit>}. docs/architecture.md holds its output.
 */
public final class ApiSurface {

    private ApiSurface() {
    }

    /** Prints the tables for the repository at {@code args[0]}, or at this repository's root. */
    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]).toAbsolutePath().normalize() : PublicTypes.ROOT;
        System.out.print(report(root));
    }

    /** The two Markdown tables for the repository at {@code root}. */
    static String report(Path root) {
        StringBuilder out = new StringBuilder();
        out.append("Public top-level types of the published modules' main sources (").append(root).append("):\n\n");
        out.append("| module | public | in internal packages | @API INTERNAL elsewhere | hidden: internal packages"
                + " | hidden: internal packages or INTERNAL |");
        PublicTypes.STATUSES.forEach(s -> out.append(' ').append(s).append(" |"));
        out.append(" without @API |\n|---|").append("---:|".repeat(6 + PublicTypes.STATUSES.size())).append('\n');
        List<PublicType> all = new ArrayList<>();
        for (String module : PublicTypes.PUBLISHED_MODULES) {
            List<PublicType> types = PublicTypes.of(root, module);
            if (!types.isEmpty()) {
                surfaceRow(out, module, types);
                all.addAll(types);
            }
        }
        surfaceRow(out, "**total**", all);

        out.append("\nMessage classes (Should*.java, one per failure message), part of the hidden share:\n\n");
        out.append("| module | public | message classes | of them in internal packages"
                + " | hidden: internal packages, message classes left out |\n|---|---:|---:|---:|---:|\n");
        for (String module : PublicTypes.PUBLISHED_MODULES) {
            List<PublicType> types = PublicTypes.of(root, module);
            if (!types.isEmpty()) {
                messageRow(out, module, types);
            }
        }
        messageRow(out, "**total**", all);
        return out.toString();
    }

    private static void surfaceRow(StringBuilder out, String module, List<PublicType> types) {
        long internal = types.stream().filter(PublicType::inInternalPackage).count();
        long markedElsewhere = types.stream().filter(t -> !t.inInternalPackage() && t.markedInternal()).count();
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |", module, types.size(), internal,
                markedElsewhere, share(internal, types.size()), share(internal + markedElsewhere, types.size())));
        for (String status : PublicTypes.STATUSES) {
            out.append(' ').append(types.stream().filter(t -> t.api().filter(a -> a.status().equals(status))
                    .isPresent()).count()).append(" |");
        }
        out.append(' ').append(types.stream().filter(t -> t.api().isEmpty()).count()).append(" |\n");
    }

    private static void messageRow(StringBuilder out, String module, List<PublicType> types) {
        long messages = types.stream().filter(PublicType::messageClass).count();
        long hiddenMessages = types.stream().filter(t -> t.messageClass() && t.inInternalPackage()).count();
        long internal = types.stream().filter(PublicType::inInternalPackage).count();
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s |%n", module, types.size(), messages,
                hiddenMessages, share(internal - hiddenMessages, types.size() - messages)));
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%d of %d (%.0f %%)", part, whole, 100.0 * part / whole);
    }
}
