package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.apiguardian.api.API;

/**
 * Writes files so that a reader (or a JVM killed half-way) sees the old content or the new one,
 * never a torn file: write a temporary file beside the target, then move it over the target.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code target} atomically, creating parent folders. */
    public static void writeString(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Eight random hex digits for a unique file name beside the process id. Not {@link java.util.UUID}: its secure
     * random generator costs a fresh JVM tens of milliseconds to start, and a name needs no secrecy.
     */
    public static String randomSuffix() {
        String hex = Integer.toHexString(ThreadLocalRandom.current().nextInt());
        return "0".repeat(8 - hex.length()) + hex;
    }

    /** Writes {@code bytes} to {@code target} atomically, creating parent folders. */
    public static void write(Path target, byte[] bytes) {
        Preconditions.notNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // not Files.createTempFile: it makes the file 0600 whatever the umask, and reports must be readable by
            // the CI server or another user as the umask allows (0644 under 022)
            temp = dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + randomSuffix() + ".tmp");
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldBeWritable.shouldBeWritable(absolute.getFileName().toString(),
                    absolute.toString(), e), e);
        }
        finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                }
                catch (IOException ignored) {
                    // the move succeeded or the write failed; nothing more to clean
                }
            }
        }
    }
}
