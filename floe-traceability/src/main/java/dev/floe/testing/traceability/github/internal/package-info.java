/** The pieces behind {@code GitHubActions} and {@code PullRequestDelta}: not API, may change without notice. */
package dev.floe.testing.traceability.github.internal;
