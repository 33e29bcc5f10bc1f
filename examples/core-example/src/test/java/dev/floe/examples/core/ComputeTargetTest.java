package dev.floe.examples.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.floe.testing.junit.traceability.Covers;
import org.junit.jupiter.api.Test;

class ComputeTargetTest {

    @Test
    @Covers("001-FR-002")
    void keepsTheComputeTarget() {
        assertThat("duckdb".toUpperCase()).isEqualTo("DUCKDB");
    }
}
