package dev.floe.testing.common.internal;

/**
 * A configuration key has a value that cannot be used. The message names the key, where the value
 * came from, the value (unless it is a secret) and the accepted form.
 */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
