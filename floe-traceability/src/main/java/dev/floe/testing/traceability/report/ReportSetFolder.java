package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.floe.testing.common.internal.AtomicFiles;
import dev.floe.testing.traceability.report.internal.ShouldWriteReports;

/**
 * An output folder whose report files change as one set. Each set is written into a fresh folder
 * {@code .sets/<time>-<pid>-<random>}; the link {@code .current} points at the visible set and is replaced
 * by one atomic rename; each report name in the output folder is a link {@code name -> .current/name}. A
 * reader (or a JVM killed at any step) therefore sees the old set or the new one, never a mix, and a name
 * the visible set lacks is simply absent.
 *
 * <p>Each write first removes what killed writers left: set folders and temporary files whose writing JVM
 * is gone, and sets older than the visible one. Where the file system has no symbolic links, each file is
 * replaced atomically on its own.
 */
final class ReportSetFolder {

    static final String SETS = ".sets";
    static final String CURRENT = ".current";
    private static final String TMP = ".tmp";
    /** The writer's pid in a set folder's or a temporary file's name. */
    private static final Pattern OWNER = Pattern.compile("[.-](\\d+)-[0-9a-z]+(?:\\.tmp)?$");

    private final Path directory;

    ReportSetFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Writes {@code files} (name to content, rendered one at a time) as the new visible set; returns their paths. */
    List<Path> write(Map<String, Supplier<String>> files) {
        try {
            Files.createDirectories(directory);
            removeLeftovers();
            Path set = directory.resolve(SETS).resolve(System.currentTimeMillis() + "-" + pid() + "-" + random());
            Files.createDirectories(set);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, Supplier<String>> file : files.entrySet()) {
                try (OutputStream out = Files.newOutputStream(set.resolve(file.getKey()), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    out.write(file.getValue().get().getBytes(StandardCharsets.UTF_8));
                }
                written.add(directory.resolve(file.getKey()));
            }
            if (!switchTo(set, files.keySet())) {
                fallBackToFileByFile(set, files.keySet());
            }
            return List.copyOf(written);
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldWriteReports.shouldWriteReports(directory, e), e);
        }
    }

    /** Makes the visible set disappear as a whole, then removes its links and folders. */
    void delete(Iterable<String> names) {
        try {
            Files.deleteIfExists(directory.resolve(CURRENT));
            for (String name : names) {
                Files.deleteIfExists(directory.resolve(name));
            }
            removeLeftovers();
        }
        catch (IOException ignored) {
            // a leftover set is marked partial in its own text and removed by the next write
        }
    }

    /** The set folder the visible set lives in, if this folder holds linked sets. */
    Optional<Path> currentSet() {
        Path current = directory.resolve(CURRENT);
        try {
            Path set = directory.resolve(Files.readSymbolicLink(current)).normalize();
            return Files.isDirectory(set) ? Optional.of(set) : Optional.empty();
        }
        catch (IOException | UnsupportedOperationException notALink) {
            return Optional.empty();
        }
    }

    /**
     * Points {@code .current} at {@code set} in one rename, after every name of the set is a link through
     * {@code .current} (a link to a name the old set lacks dangles: absent until the switch).
     */
    private boolean switchTo(Path set, Iterable<String> names) throws IOException {
        Path current = directory.resolve(CURRENT);
        Optional<Path> previous = currentSet();
        try {
            if (previous.isEmpty()) {
                adoptUnlinkedFiles(names);
            }
            for (String name : names) {
                link(directory.resolve(name), Path.of(CURRENT, name));
            }
            link(current, directory.relativize(set));
        }
        catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (noLinks instanceof AccessDeniedException || Files.isSymbolicLink(current)) {
                throw noLinks;
            }
            return false;
        }
        removeLinksNotIn(names);
        removeSetsExcept(set, previous.orElse(null));
        return true;
    }

    /** Links to names the visible set lacks dangle since the switch (absent already): removed for tidiness. */
    private void removeLinksNotIn(Iterable<String> names) throws IOException {
        List<Path> dangling = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry) && Files.readSymbolicLink(entry).startsWith(CURRENT)
                        && !Files.exists(entry)) {
                    dangling.add(entry);
                }
            }
        }
        for (Path link : dangling) {
            Files.deleteIfExists(link);
        }
    }

    /**
     * The first switch in a folder that holds plain report files (written by a version without sets, or by
     * the fallback): copy them into a set of their own and make it visible, so that each file turning into a
     * link shows the same content as before.
     */
    private void adoptUnlinkedFiles(Iterable<String> names) throws IOException {
        List<String> plain = new ArrayList<>();
        for (String name : names) {
            if (Files.isRegularFile(directory.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                plain.add(name);
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        Path adopted = directory.resolve(SETS).resolve(System.currentTimeMillis() + "-" + pid() + "-adopted");
        Files.createDirectories(adopted);
        for (String name : plain) {
            Files.copy(directory.resolve(name), adopted.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        link(directory.resolve(CURRENT), directory.relativize(adopted));
    }

    /** Makes {@code link} a symbolic link to {@code target} by renaming a fresh link over it. */
    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        Path temp = link.resolveSibling("." + link.getFileName() + "." + pid() + "-" + random() + TMP);
        Files.createSymbolicLink(temp, target);
        try {
            Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        finally {
            Files.deleteIfExists(temp);
        }
    }

    private void fallBackToFileByFile(Path set, Iterable<String> names) throws IOException {
        for (String name : names) {
            AtomicFiles.write(directory.resolve(name), Files.readAllBytes(set.resolve(name)));
        }
        deleteTree(set);
    }

    /** Temporary files and links, and sets that are not visible, unless another live JVM is writing them. */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "." + "*" + TMP)) {
            for (Path entry : entries) {
                if (!writtenByOtherLiveJvm(entry.getFileName().toString())) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        removeSetsExcept(currentSet().orElse(null), null);
    }

    /** Every set folder but {@code keep} and {@code alsoKeep} (the one a reader may still be reading). */
    private void removeSetsExcept(Path keep, Path alsoKeep) throws IOException {
        Path sets = directory.resolve(SETS);
        if (!Files.isDirectory(sets)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(sets)) {
            for (Path set : entries) {
                Path normal = set.toAbsolutePath().normalize();
                if (!normal.equals(keep) && !normal.equals(alsoKeep)
                        && !writtenByOtherLiveJvm(set.getFileName().toString())) {
                    stale.add(set);
                }
            }
        }
        for (Path set : stale) {
            deleteTree(set);
        }
    }

    /** A name {@code ...<pid>-<random>} whose pid is another running process: it may be writing right now. */
    private static boolean writtenByOtherLiveJvm(String name) {
        Optional<Long> pid = pidIn(name);
        return pid.isPresent() && pid.get() != pid()
                && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Long> pidIn(String name) {
        Matcher m = OWNER.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(m.group(1)));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static long pid() {
        return ProcessHandle.current().pid();
    }

    private static String random() {
        return AtomicFiles.randomSuffix();
    }
}
