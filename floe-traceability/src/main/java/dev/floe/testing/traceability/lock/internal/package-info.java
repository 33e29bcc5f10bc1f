/** Suspect links: a committed lock file of requirement fingerprints, and the links whose requirement changed since. */
package dev.floe.testing.traceability.lock.internal;
