/** Internals of test discovery, shared with the JUnit listener's scan. Not API. */
package dev.floe.testing.traceability.discovery.internal;
