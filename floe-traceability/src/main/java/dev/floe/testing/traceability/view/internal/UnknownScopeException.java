package dev.floe.testing.traceability.view.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A view asked for a feature or package the matrix does not have; the message names it and lists the known ones.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UnknownScopeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public UnknownScopeException(String message) {
        super(message);
    }
}
