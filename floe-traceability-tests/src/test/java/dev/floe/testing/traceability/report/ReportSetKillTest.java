package dev.floe.testing.traceability.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;

/**
 * A JVM writing report sets is killed with SIGKILL at each rename, link, unlink, mkdir and open it makes
 * (strace's fault injection, from Debian's {@code strace}); after every kill a reader finds one whole set, and
 * the next run leaves no temporary file or half-written set.
 */
class ReportSetKillTest {

    private static final int SETS_PER_RUN = 2;
    private static final int MAX_CALLS = 40;

    @TempDir
    Path dir;

    @Test
    @Covers({ "007-FR-001", "007-FR-003" })
    void aJvmKilledAtAnyFileOperationLeavesOneWholeSetAndTheNextRunCleansUp() {
        Path out = dir.resolve("floe-traceability");
        Path log = dir.resolve("child.log");
        assertThat(ReportSetChild.run(List.of("strace", "-V"), log)).as("strace -V (apt-get install -y strace)").isZero();
        int run = 0;
        assertThat(ReportSetChild.run(ReportSetChild.java(out, run, 1), log)).as(ReportSetChild.output(log)).isZero();
        run++;
        List<String> torn = new ArrayList<>();
        int kills = 0;
        for (String syscalls : ReportSetChild.FILE_OPERATIONS) {
            for (int n = 1; n <= MAX_CALLS; n++) {
                String before = ReportSets.visibleRun(out);
                int exit = ReportSetChild.run(ReportSetChild.killedAt(syscalls, n,
                        ReportSetChild.java(out, run, SETS_PER_RUN)), log);
                String after = ReportSets.visibleRun(out);
                String at = syscalls + " #" + n;
                ReportSets.torn(out).ifPresent(t -> torn.add(at + ": " + t));
                run += SETS_PER_RUN;
                if (exit == 0) {
                    assertThat(after).isEqualTo(Integer.toString(run - 1));
                    break;
                }
                kills++;
                assertThat(after).as("after a kill at %s #%d", syscalls, n).isIn(before, Integer.toString(run - 2),
                        Integer.toString(run - 1));
            }
        }

        assertThat(torn).isEmpty();
        assertThat(kills).isGreaterThan(20);
        assertThat(ReportSetChild.run(ReportSetChild.java(out, run, 1), log)).isZero();
        assertThat(ReportSets.torn(out)).isEmpty();
        assertThat(ReportSets.leftovers(out)).isEmpty();
    }

    @Test
    @Covers("007-FR-004")
    void reportsFollowTheUmask() throws Exception {
        Path out = dir.resolve("floe-traceability");
        Path log = dir.resolve("child.log");
        for (String umask : List.of("022", "027")) {
            String command = "umask " + umask + " && exec " + String.join(" ", ReportSetChild.java(out, 0, 1)
                    .stream().map(a -> "'" + a + "'").toList());
            assertThat(ReportSetChild.run(List.of("sh", "-c", command), log)).as(ReportSetChild.output(log)).isZero();

            String expected = umask.equals("022") ? "rw-r--r--" : "rw-r-----";
            for (String name : ReportSets.NAMES) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
                        .as(name + " under umask " + umask).isEqualTo(expected);
            }
        }
    }
}
