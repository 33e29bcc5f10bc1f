/** Static discovery: tests that carry {@code @Covers} in compiled test classes, found without running them. */
package dev.floe.testing.traceability.discovery.internal;
