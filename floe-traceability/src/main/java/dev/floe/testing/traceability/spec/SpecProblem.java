package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something in a spec that looks like a requirement but cannot be read, or an error in the specs
 * as a whole, with the place where it was found.
 *
 * <p>Problems are collected while parsing, not thrown, so that reports can show them beside the
 * requirements that were read: {@link SpecCatalog#problems()}. Errors that make the catalog
 * unusable (no spec found, a duplicate id) are thrown as {@link SpecParseException}, which lists
 * them as problems too.
 *
 * @param file    path of the spec relative to the build root, with {@code /}
 * @param line    1-based line the problem starts at, or {@code 0} when it concerns the whole file
 *                or no single file
 * @param message what is wrong and how to write it instead
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record SpecProblem(String file, int line, String message) implements Comparable<SpecProblem> {

    /** Checks that file and message are not {@code null}. */
    public SpecProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The place of the problem: {@code specs/006-x/spec.md:42}, or just the file when the line is unknown. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    /** Orders by file, then line, then message. */
    @Override
    public int compareTo(SpecProblem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }

    /** {@code file:line: message}. */
    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
