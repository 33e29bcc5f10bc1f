package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ShouldBeReadable;
import dev.floe.testing.traceability.spec.SpecParseException;

/** Finds spec files under a build root by glob, tells their feature from the folder, reads them as UTF-8. */
@API(status = INTERNAL, since = "0.1.0")
public final class SpecFiles {

    /** Spec files larger than this are refused: no hand-written spec comes close. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** Folders never searched below the glob's fixed part: build output and tool state. */
    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules");

    private static final Pattern FEATURE_FOLDER = Pattern.compile("(\\d{3})-(.+)");
    private static final Pattern WILDCARD = Pattern.compile("[*?\\[{]");

    private SpecFiles() {
    }

    /** The feature of a spec: the id and name of the nearest {@code NNN-name} among its file name and folders. */
    public record FeatureFolder(String id, String name) {
    }

    /**
     * The files under {@code root} matching any of {@code globs} (relative to the root, with {@code /}),
     * as sorted paths relative to the root with {@code /}.
     */
    public static List<String> find(Path root, List<String> globs) {
        TreeSet<String> found = new TreeSet<>();
        for (String glob : globs) {
            PathMatcher matcher = matcher(glob);
            Path start = root.resolve(fixedPart(glob));
            if (!Files.isDirectory(start)) {
                continue;
            }
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        boolean skip = !dir.equals(start) && (name.startsWith(".") || SKIPPED.contains(name));
                        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        Path relative = root.relativize(file);
                        boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                        if (regular && matcher.matches(relative)) {
                            found.add(slashes(relative));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            catch (IOException e) {
                throw new SpecParseException(ShouldBeReadable.shouldBeReadable("folder " + start + " (searched for specs"
                        + " matching '" + glob + "')", start.toString(), e, "check the folder's permissions"), e);
            }
        }
        return List.copyOf(found);
    }

    /** Checks a glob as given in configuration: relative, without {@code ..}, valid syntax. */
    public static String checkGlob(String glob, String source) {
        String g = glob.strip();
        if (g.isEmpty() || g.startsWith("/") || g.contains("\\") || List.of(g.split("/")).contains("..")) {
            String problem = g.isEmpty() ? "empty" : g.startsWith("/") ? "absolute" : g.contains("\\")
                    ? "with '\\'" : "with '..'";
            throw new SpecParseException(ShouldBeValidSpecPattern.shouldBeValidSpecPattern(glob, source, problem));
        }
        matcher(g, source);
        return g;
    }

    private static PathMatcher matcher(String glob) {
        return matcher(glob, "the spec patterns");
    }

    private static PathMatcher matcher(String glob, String source) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        }
        catch (IllegalArgumentException e) {
            throw new SpecParseException(ShouldBeValidSpecPattern.shouldBeValidSpecPattern(glob, source,
                    e.getMessage().lines().findFirst().orElse("bad glob syntax")), e);
        }
    }

    /** The leading folders of a glob before its first wildcard: where the search starts. */
    public static String fixedPart(String glob) {
        List<String> fixed = new ArrayList<>();
        String[] segments = glob.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (WILDCARD.matcher(segments[i]).find()) {
                break;
            }
            fixed.add(segments[i]);
        }
        return String.join("/", fixed);
    }

    /** The feature of the spec at {@code relativePath}, from its file name or the nearest folder named {@code NNN-name}. */
    public static Optional<FeatureFolder> featureOf(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = i == parts.length - 1 ? parts[i].replaceFirst("(?i)\\.md$", "") : parts[i];
            Matcher m = FEATURE_FOLDER.matcher(part);
            if (m.matches()) {
                return Optional.of(new FeatureFolder(m.group(1), m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The content of a spec, which must be UTF-8 (a byte-order mark is dropped). */
    public static String read(Path file, String relativePath) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SpecParseException(ShouldBeSmallEnoughSpec.shouldBeSmallEnoughSpec(relativePath, size,
                        MAX_BYTES));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException e) {
            throw new SpecParseException(ShouldBeUtf8Spec.shouldBeUtf8Spec(relativePath,
                    Utf8Position.ofFirstError(readQuietly(file))), e);
        }
        catch (IOException e) {
            throw new SpecParseException(ShouldBeReadable.shouldBeReadable("spec " + relativePath, relativePath, e,
                    "check the file's permissions"), e);
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            return new byte[0];
        }
    }

    /** {@code path} with {@code /} between its names, whatever the platform. */
    public static String slashes(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
