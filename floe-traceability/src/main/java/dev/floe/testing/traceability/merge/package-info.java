/** Merging the results of several modules, forks and CI shards into one traceability matrix. */
package dev.floe.testing.traceability.merge;
