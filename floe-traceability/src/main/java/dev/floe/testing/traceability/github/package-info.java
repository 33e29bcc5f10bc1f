/** GitHub Actions glue of the merge step: job summary, pull-request delta and error annotations (no JUnit types). */
package dev.floe.testing.traceability.github;
