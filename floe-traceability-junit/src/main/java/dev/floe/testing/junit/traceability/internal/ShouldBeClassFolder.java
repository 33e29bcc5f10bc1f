package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A test-class folder that cannot be turned into a class-path entry. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeClassFolder {

    private ShouldBeClassFolder() {
    }

    /** The message for {@code dir}, whose URL could not be formed ({@code error}). */
    public static String shouldBeClassFolder(Path dir, Exception error) {
        return FailureMessage.summary("Not a class folder: " + dir + ".")
                .expected("a folder of compiled test classes that has a file URL")
                .found(error.getClass().getSimpleName() + ": " + error.getMessage())
                .where(dir.toString())
                .fix("pass the test-classes folder of the module (target/test-classes)")
                .toString();
    }
}
