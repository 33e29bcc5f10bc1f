/** What a test author uses: {@code @FloeIntegration}, {@code @RequiresObservability} and the injected fixtures. */
package dev.floe.testing.junit;
