/**
 * Internals shared by the floe-testing modules: configuration lookup, argument checks and atomic
 * file writes. Not an API: anything here may change without notice.
 */
package dev.floe.testing.common.internal;
