/** Internals of {@code @FloeIntegration}: the run-wide services registry and parameter resolvers; not an API. */
package dev.floe.testing.junit.internal.services;
