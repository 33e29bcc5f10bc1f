package dev.floe.testing.traceability.merge;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * A merge input that is missing, unreadable or does not have the shape of a matrix, test report or result
 * fragment; the message names the file and, where it applies, the JSON path.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class MergeInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}, which names the file. */
    public MergeInputException(String message) {
        super(message);
    }

    /** An exception with {@code message}, which names the file, caused by {@code cause}. */
    public MergeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
