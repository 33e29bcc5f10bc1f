/** Result fragments: what one test plan of one JVM recorded, written atomically under a unique name. */
package dev.floe.testing.traceability.fragment.internal;
