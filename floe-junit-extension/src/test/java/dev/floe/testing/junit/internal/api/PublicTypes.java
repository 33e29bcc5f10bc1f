package dev.floe.testing.junit.internal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public top-level types of the published modules' main sources and the {@code @API} status each declares, read
 * from the sources (no class loading, so it reads any checkout: {@code git worktree add} an old commit and point
 * {@link ApiSurface} at it).
 *
 * <p>A public top-level type is a file {@code Name.java} that declares {@code public ... class|interface|enum|record|
 * @interface Name} at the start of a line. Its {@code @API} is the one among the annotations between the imports and
 * that declaration, comments left out, so that an {@code @API} on a method does not count for the type.
 */
final class PublicTypes {

    /** The modules a consumer or an integrator gets from Maven Central, in dependency order. */
    static final List<String> PUBLISHED_MODULES = List.of("floe-common", "floe-traceability",
            "floe-traceability-junit", "floe-fixtures", "floe-junit-extension", "floe-traceability-maven-plugin");

    /** The statuses of {@code org.apiguardian.api.API.Status}, in the order the figures print them. */
    static final List<String> STATUSES = List.of("STABLE", "MAINTAINED", "EXPERIMENTAL", "INTERNAL", "DEPRECATED");

    /** The repository root: the working directory when it holds floe-common (a main run), else its parent (tests). */
    static final Path ROOT = (Files.isDirectory(Path.of("floe-common")) ? Path.of("") : Path.of(".."))
            .toAbsolutePath().normalize();

    private static final String DECLARATION = "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)"
            + "\\s+)*(?:class|interface|enum|record|@interface)\\s+";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern API = Pattern.compile("@(?:org\\.apiguardian\\.api\\.)?API\\s*\\(([^)]*)\\)");
    private static final Pattern STATUS = Pattern.compile(
            "status\\s*=\\s*(?:(?:org\\.apiguardian\\.api\\.)?API\\.Status\\.)?(\\w+)");
    private static final Pattern SINCE = Pattern.compile("since\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    /**
     * One public top-level type.
     *
     * @param module the module folder, such as {@code floe-fixtures}
     * @param file the source file, relative to the repository root
     * @param packageName the declared package
     * @param name the simple name
     * @param api the type's {@code @API}, empty when it has none
     */
    record PublicType(String module, Path file, String packageName, String name, Optional<Api> api) {

        /** Whether the package has a segment {@code internal}: what consumers must not import. */
        boolean inInternalPackage() {
            return List.of(packageName.split("\\.")).contains("internal");
        }

        /** Whether its {@code @API} says INTERNAL (in an internal package or not). */
        boolean markedInternal() {
            return api.map(a -> "INTERNAL".equals(a.status())).orElse(false);
        }

        /** Whether a message class: {@code ShouldXxx}, one class per failure message as AssertJ has them. */
        boolean messageClass() {
            return name.startsWith("Should") && name.length() > 6 && Character.isUpperCase(name.charAt(6));
        }
    }

    /**
     * An {@code @API} as written.
     *
     * @param status the status's name, empty when the annotation names none
     * @param since the since version, empty when the annotation names none
     */
    record Api(String status, String since) {
    }

    private PublicTypes() {
    }

    /** The public top-level types of {@code module} under {@code root}; none when the module does not exist there. */
    static List<PublicType> of(Path root, String module) {
        Path sources = root.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .flatMap(f -> read(root, module, f).stream()).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sources under " + sources, e);
        }
    }

    /** The public top-level types of every published module under {@code root}. */
    static List<PublicType> ofPublishedModules(Path root) {
        return PUBLISHED_MODULES.stream().flatMap(m -> of(root, m).stream()).toList();
    }

    /** The type that {@code file} (under {@code root}) declares, if it is a public top-level type. */
    static Optional<PublicType> read(Path root, String module, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        if (name.equals("package-info") || name.equals("module-info")) {
            return Optional.empty();
        }
        String source = readString(file);
        Matcher declaration = Pattern.compile(DECLARATION + Pattern.quote(name) + "\\b").matcher(source);
        if (!declaration.find()) {
            return Optional.empty();
        }
        Matcher pkg = PACKAGE.matcher(source);
        String packageName = pkg.find() ? pkg.group(1) : "";
        String head = COMMENT.matcher(source.substring(0, declaration.start())).replaceAll(" ");
        Matcher api = API.matcher(head.substring(head.lastIndexOf(';') + 1));
        Optional<Api> found = Optional.empty();
        if (api.find()) {
            Matcher status = STATUS.matcher(api.group(1));
            Matcher since = SINCE.matcher(api.group(1));
            found = Optional.of(new Api(status.find() ? status.group(1) : "", since.find() ? since.group(1) : ""));
        }
        return Optional.of(new PublicType(module, root.relativize(file), packageName, name, found));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
