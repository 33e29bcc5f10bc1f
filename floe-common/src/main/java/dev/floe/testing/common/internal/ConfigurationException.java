package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A configuration key has a value that cannot be used. The message names the key, where the value
 * came from, the value (unless it is a secret) and the accepted form.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
