package dev.floe.testing.traceability.fragment.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.AtomicFiles;
import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.common.internal.ShouldBeWritable;

/**
 * The fragments folder of a module (by default {@code target/floe-traceability/fragments}).
 *
 * <p>Each fragment is written under a unique name ({@code <run id>--<pid>-<sequence>-<random>.json}) with
 * an atomic move, so several test plans of one JVM and several forked JVMs never overwrite each other.
 * {@link #readRun(String)} returns the fragments of one run only, so stale results never leak into a
 * matrix; fragments of other runs written before this JVM started are deleted (later ones may belong to a
 * run going on beside this one, e.g. JVMs of another launcher without a shared run id, and are left alone). {@link #locked(Supplier)} serialises the JVMs that build the matrix
 * from the fragments at the same time.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FragmentStore {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Fragments this JVM wrote, so that building the matrix does not parse its own files again. */
    private static final Map<Path, ResultFragment> WRITTEN = new ConcurrentHashMap<>();
    private static final Object JVM_LOCK = new Object();
    private static final String SEPARATOR = "--";

    private final Path directory;

    /** A store over {@code directory}; nothing is created until a fragment is written. */
    public FragmentStore(Path directory) {
        this.directory = Preconditions.notNull(directory, "directory").toAbsolutePath().normalize();
    }

    /** The fragments folder. */
    public Path directory() {
        return directory;
    }

    /** Writes {@code fragment} atomically under a new unique name; returns its path. */
    public Path write(ResultFragment fragment) {
        String name = safe(fragment.runId()) + SEPARATOR + ProcessHandle.current().pid() + "-"
                + SEQUENCE.incrementAndGet() + "-" + AtomicFiles.randomSuffix() + ".json";
        Path target = directory.resolve(name);
        try {
            AtomicFiles.write(target, FragmentJson.write(fragment));
            WRITTEN.put(target, fragment);
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldBeWritable.shouldBeWritable("result fragment " + target,
                    target.toString(), e), e);
        }
        return target;
    }

    /** The fragments of {@code runId}, sorted by file name, and one problem line per unreadable fragment. */
    public Read readRun(String runId) {
        List<ResultFragment> fragments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new Read(fragments, problems);
        }
        String prefix = safe(runId) + SEPARATOR;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            stream.forEach(files::add);
        }
        catch (IOException e) {
            problems.add("Cannot list result fragments in " + directory + ": " + e.getMessage());
            return new Read(fragments, problems);
        }
        files.sort(null);
        deleteStaleTemporaryFiles();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.startsWith(prefix)) {
                if (writtenBeforeThisJvm(file)) {
                    deleteQuietly(file); // a fragment of an older run
                    WRITTEN.remove(file);
                }
                continue;
            }
            ResultFragment own = WRITTEN.get(file);
            if (own != null) {
                fragments.add(own);
                continue;
            }
            try {
                ResultFragment fragment;
                try (InputStream in = Files.newInputStream(file)) {
                    fragment = FragmentJson.read(in);
                }
                if (fragment.format() != ResultFragment.FORMAT) {
                    problems.add("Result fragment " + file + " has format " + fragment.format() + ", expected "
                            + ResultFragment.FORMAT + "; its results are left out");
                    continue;
                }
                fragments.add(fragment);
            }
            catch (IOException | RuntimeException e) {
                problems.add("Result fragment " + file + " is unreadable (" + e.getClass().getSimpleName()
                        + "); its results are left out");
            }
        }
        return new Read(fragments, problems);
    }

    /** Temporary files of fragment writes that a JVM killed before this one started left behind. */
    private void deleteStaleTemporaryFiles() {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, ".*.tmp")) {
            stream.forEach(file -> {
                if (writtenBeforeThisJvm(file)) {
                    deleteQuietly(file);
                }
            });
        }
        catch (IOException ignored) {
            // left for the next run
        }
    }

    /** Runs {@code action} holding this store's lock, shared by every JVM that uses the same folder. */
    public <T> T locked(Supplier<T> action) {
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(directory);
                try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    return action.get();
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(ShouldBeWritable.shouldBeWritable("the lock file of " + directory,
                        directory.toString(), e), e);
            }
        }
    }

    private static boolean writtenBeforeThisJvm(Path file) {
        try {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
            return Files.getLastModifiedTime(file).toInstant().isBefore(started);
        }
        catch (IOException e) {
            return false;
        }
    }

    private static String safe(String runId) {
        return runId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ignored) {
            // another JVM may have removed it; a leftover stale fragment is ignored anyway
        }
    }

    /**
     * The fragments of one run.
     *
     * @param fragments the readable fragments, sorted by file name
     * @param problems  one line per fragment that could not be read, naming the file
     * @since 0.1.0
     */
    public record Read(List<ResultFragment> fragments, List<String> problems) {

        public Read {
            fragments = List.copyOf(fragments);
            problems = List.copyOf(problems);
        }
    }
}
