package dev.floe.testing.junit.internal.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The throw sites of main code and how their messages are built, read from the sources (no class loading): every
 * {@code new XxxException(...)}, {@code new XxxError(...)} and {@code throw new Xxx(...)} outside comments, with its
 * argument list, classified by the rules {@link FailureMessageGuardTest} enforces.
 *
 * <p>A <em>message class</em> is any main class whose source calls {@code FailureMessage.summary(}: the AssertJ-style
 * {@code ShouldXxx} classes, the timeout messages, and {@code FailureMessage} itself.
 */
final class ThrowSites {

    /** The repository root: the working directory when it holds floe-common (a main run), else its parent (tests). */
    static final Path ROOT = (Files.isDirectory(Path.of("floe-common")) ? Path.of("") : Path.of(".."))
            .toAbsolutePath().normalize();

    /** Every module's main sources, where message classes may live and where the scorecard samples with --all. */
    static final List<Path> ALL_MAIN = List.of(
            ROOT.resolve("floe-common/src/main/java"),
            ROOT.resolve("floe-fixtures/src/main/java"),
            ROOT.resolve("floe-junit-extension/src/main/java"),
            ROOT.resolve("floe-traceability/src/main/java"),
            ROOT.resolve("floe-traceability-junit/src/main/java"),
            ROOT.resolve("floe-traceability-maven-plugin/src/main/java"));

    private static final Pattern NEW_THROWABLE = Pattern.compile(
            "\\bnew\\s+([A-Za-z_][\\w.]*(?:Exception|Error))\\s*\\(");
    private static final Pattern THROW_NEW = Pattern.compile("\\bthrow\\s+new\\s+([A-Za-z_][\\w.]*)\\s*\\(");
    private static final Pattern STATIC_CALL = Pattern.compile("\\b([A-Z]\\w*)\\s*\\.\\s*[a-z]\\w*\\s*\\(");
    private static final Pattern RETHROW = Pattern.compile("^\\s*[\\w.()]+\\.getMessage\\(\\)\\s*,");

    /** How a site's message is built. */
    enum Rule {
        /** The arguments call a message class (or {@code FailureMessage}) directly. */
        MESSAGE_CLASS,
        /** The exception type's own constructor builds its message through a message class from structured parts. */
        SELF_FORMING_TYPE,
        /** {@code new X(e.getMessage(), e)}: an already formed message passed on with its cause. */
        RETHROW,
        /** None of the above: the message is free text. */
        FREE_TEXT
    }

    /** One throw site: where it is, what it throws, its arguments as written, and how its message is built. */
    record Site(Path file, int line, String type, String arguments, Rule rule, Set<String> messageClasses) {

        /** {@code floe-common/src/main/java/.../Foo.java:12}, relative to the repository root. */
        String location() {
            return ROOT.relativize(file) + ":" + line;
        }
    }

    private final Map<String, Path> messageClasses = new HashMap<>();
    private final Map<String, Path> mainClasses = new HashMap<>();

    private ThrowSites() {
    }

    /** A reader that knows every main class and every message class of the repository. */
    static ThrowSites load() {
        ThrowSites sites = new ThrowSites();
        for (Path root : ALL_MAIN) {
            for (Path file : javaFiles(root)) {
                String name = file.getFileName().toString().replace(".java", "");
                sites.mainClasses.putIfAbsent(name, file);
                if (read(file).contains("FailureMessage.summary(")) {
                    sites.messageClasses.put(name, file);
                }
            }
        }
        return sites;
    }

    /** The message classes by simple name. */
    Map<String, Path> messageClasses() {
        return messageClasses;
    }

    /** Every throw site under {@code roots} (folders, searched recursively; a file stands for itself). */
    List<Site> sitesUnder(List<Path> roots) {
        List<Site> sites = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : Files.isRegularFile(root) ? List.of(root) : javaFiles(root)) {
                sites.addAll(sitesIn(file));
            }
        }
        return sites;
    }

    /** The throw sites of one source file. */
    List<Site> sitesIn(Path file) {
        String source = read(file);
        String code = maskCommentsAndStrings(source);
        Set<Integer> starts = new TreeSet<>();
        Map<Integer, String> types = new HashMap<>();
        for (Pattern pattern : List.of(NEW_THROWABLE, THROW_NEW)) {
            Matcher m = pattern.matcher(code);
            while (m.find()) {
                int open = code.indexOf('(', m.start(1));
                if (starts.add(open)) {
                    types.put(open, m.group(1));
                }
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int open : starts) {
            int close = matchingParen(code, open);
            String maskedArgs = code.substring(open + 1, close);
            String arguments = source.substring(open + 1, close);
            String type = types.get(open);
            int line = (int) source.substring(0, open).chars().filter(c -> c == '\n').count() + 1;
            Set<String> called = calledMessageClasses(maskedArgs);
            Rule rule;
            if (!called.isEmpty()) {
                rule = Rule.MESSAGE_CLASS;
            }
            else if (isSelfForming(type)) {
                rule = Rule.SELF_FORMING_TYPE;
                called = calledMessageClasses(maskCommentsAndStrings(read(mainClasses.get(simpleName(type)))));
            }
            else if (RETHROW.matcher(maskedArgs).find()) {
                rule = Rule.RETHROW;
            }
            else {
                rule = Rule.FREE_TEXT;
            }
            sites.add(new Site(file, line, type, arguments.strip(), rule, called));
        }
        return sites;
    }

    /** The message classes (and {@code FailureMessage}) that {@code code} calls a static method of. */
    private Set<String> calledMessageClasses(String code) {
        Set<String> called = new LinkedHashSet<>();
        Matcher m = STATIC_CALL.matcher(code);
        while (m.find()) {
            if (messageClasses.containsKey(m.group(1))) {
                called.add(m.group(1));
            }
        }
        return called;
    }

    /** Whether {@code type} is a main class whose constructors hand {@code super(...)} a message class's text. */
    private boolean isSelfForming(String type) {
        Path file = mainClasses.get(simpleName(type));
        if (file == null) {
            return false;
        }
        String code = maskCommentsAndStrings(read(file));
        Matcher superCall = Pattern.compile("\\bsuper\\s*\\(").matcher(code);
        while (superCall.find()) {
            int open = code.indexOf('(', superCall.start());
            if (!calledMessageClasses(code.substring(open + 1, matchingParen(code, open))).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static int matchingParen(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("Unbalanced parentheses after offset " + open);
    }

    /**
     * {@code source} with comments and the contents of string, text-block and char literals replaced by spaces
     * (line breaks kept), so that offsets and line numbers stay those of the source.
     */
    static String maskCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(out, i, end);
                i = end;
            }
            else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(out, i, end);
                i = end;
            }
            else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                blank(out, i + 3, end - 3);
                i = end;
            }
            else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, n));
                i = j + 1;
            }
            else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
