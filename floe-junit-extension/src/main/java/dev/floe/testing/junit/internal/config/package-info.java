/**
 * The JUnit side of the configuration check: the extensions' keys and the once-per-run check at their first
 * use. Public only for {@code ServiceLoader} and the other extensions; not an API.
 */
package dev.floe.testing.junit.internal.config;
