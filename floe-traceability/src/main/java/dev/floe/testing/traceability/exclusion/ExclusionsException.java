package dev.floe.testing.traceability.exclusion;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The exclusions file cannot be read; the message names the file and the JSON path of the bad entry.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ExclusionsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message naming the file and the entry. */
    public ExclusionsException(String message, Throwable cause) {
        super(message, cause);
    }
}
