package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Prints how many torn report sets a reader finds after killing a writing JVM: {@code kills} times with
 * SIGKILL at a random moment, then (with {@code strace} as second argument) once at each rename, link,
 * unlink, mkdir and open through strace's fault injection. A main, not a test: the figures belong in
 * docs/reliability.md.
 *
 * <p>Arguments (optional): kills at random moments (default 100), {@code strace}.
 */
public final class ReportSetKillProbe {

    private static final int SETS_PER_CHILD = 400;

    private ReportSetKillProbe() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        boolean strace = args.length > 1 && args[1].equals("strace");
        Path dir = Files.createTempDirectory("floe-kill-probe");
        Path out = dir.resolve("floe-traceability");
        Path log = dir.resolve("child.log");
        int run = 0;
        ReportSetChild.run(ReportSetChild.java(out, run, 1), log);
        run++;

        List<String> torn = new ArrayList<>();
        int killedWhileWriting = 0;
        int maxLeftovers = 0;
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(ReportSetChild.java(out, run, SETS_PER_CHILD)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // JVM start-up takes ~0.4-1 s here (shared cores), each set ~5-20 ms: kill before, during or after the first sets
            Thread.sleep(ThreadLocalRandom.current().nextLong(400, 2_000));
            boolean alive = child.isAlive();
            child.destroyForcibly(); // SIGKILL on Linux
            child.waitFor(30, TimeUnit.SECONDS);
            run += SETS_PER_CHILD;
            if (alive && ReportSetChild.output(log).contains("wrote")) {
                killedWhileWriting++;
            }
            int at = k;
            ReportSets.torn(out).ifPresent(t -> torn.add("random kill " + at + ": " + t));
            maxLeftovers = Math.max(maxLeftovers, ReportSets.leftovers(out).size());
        }
        System.out.printf(Locale.ROOT, "random moments: %d kills (%d after the first set was written), %d torn sets,"
                + " up to %d leftovers (temporary files, unswitched sets) between runs%n", kills, killedWhileWriting,
                torn.size(), maxLeftovers);

        if (strace) {
            for (String syscalls : ReportSetChild.FILE_OPERATIONS) {
                int killed = 0;
                int tornBefore = torn.size();
                for (int n = 1; n <= 200; n++) {
                    int exit = ReportSetChild.run(ReportSetChild.killedAt(syscalls, n, ReportSetChild.java(out, run, 2)), log);
                    run += 2;
                    int at = n;
                    ReportSets.torn(out).ifPresent(t -> torn.add(syscalls + " #" + at + ": " + t));
                    if (exit == 0) {
                        break;
                    }
                    killed++;
                }
                System.out.printf(Locale.ROOT, "strace %-32s %3d kills (each call of the writing thread), %d torn sets%n",
                        syscalls, killed, torn.size() - tornBefore);
            }
        }

        int leftBefore = ReportSets.leftovers(out).size();
        ReportSetChild.run(ReportSetChild.java(out, run, 1), log);
        System.out.printf(Locale.ROOT, "next run: %d leftovers before, %d after; torn sets in all: %d%n", leftBefore,
                ReportSets.leftovers(out).size(), torn.size());
        torn.forEach(t -> System.out.println("  " + t));
        deleteTree(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
