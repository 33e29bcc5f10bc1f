package dev.floe.testing.traceability.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** The reports that could not be written into their folder; the previous set is kept. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldWriteReports {

    private ShouldWriteReports() {
    }

    /** The message for the reports of {@code directory}, whose write failed with {@code error}. */
    public static String shouldWriteReports(Path directory, IOException error) {
        return FailureMessage.summary("Could not write the reports into " + directory
                        + " (the previous reports are left as they were).")
                .expected("a writable folder with free space")
                .found(error.getClass().getSimpleName() + ": " + error.getMessage())
                .where(directory.toString())
                .fix("check the folder's permissions and free space, or choose another output folder with --out")
                .toString();
    }
}
