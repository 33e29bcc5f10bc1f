package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link ReportSetWriterMain} in a JVM of its own, optionally under strace or a shell's umask. */
final class ReportSetChild {

    /** The file operations a kill is injected at, each counted on its own; {@code ?}: absent on some CPUs. */
    static final List<String> FILE_OPERATIONS = List.of("?rename,?renameat,?renameat2", "?symlink,?symlinkat",
            "?unlink,?unlinkat,?rmdir", "?mkdir,?mkdirat", "?openat,?open");

    private ReportSetChild() {
    }

    /** The command that writes {@code runs} sets from {@code first} into {@code dir}. */
    static List<String> java(Path dir, int first, int runs) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ReportSetWriterMain.class.getName(), dir.toString(), Integer.toString(first), Integer.toString(runs)));
    }

    /** The same under strace, killed with SIGKILL at the {@code n}th call (of its thread) of {@code syscalls}. */
    static List<String> killedAt(String syscalls, int n, List<String> command) {
        List<String> strace = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=" + syscalls,
                "-e", "inject=" + syscalls + ":signal=SIGKILL:when=" + n));
        strace.addAll(command);
        return strace;
    }

    /** Runs {@code command}; its exit code (non-zero when killed), its output in {@code log}. */
    static int run(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("No end after 120 s: " + command);
            }
            return process.exitValue();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0) + " (for strace: apt-get install -y strace)", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String output(Path log) {
        try {
            return Files.readString(log);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
