package dev.floe.testing.common.internal;

/**
 * A configuration value together with where it was found, so that error messages can say
 * "from FLOE_SERVICES_POLARIS_TIMEOUT" rather than just the key.
 *
 * @param key    the dotted key, e.g. {@code floe.services.polaris.timeout}
 * @param value  the raw value, never {@code null}
 * @param source a human-readable source such as {@code system property floe.x} or {@code FLOE_X}
 */
public record ConfigValue(String key, String value, String source) {
}
