package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A configuration value together with where it was found, so that error messages can say
 * "from FLOE_SERVICES_POLARIS_TIMEOUT" rather than just the key.
 *
 * @param key    the dotted key, e.g. {@code floe.services.polaris.timeout}
 * @param value  the raw value, never {@code null}
 * @param source a human-readable source such as {@code system property floe.x} or {@code FLOE_X}
 */
@API(status = INTERNAL, since = "0.1.0")
public record ConfigValue(String key, String value, String source) {
}
