package dev.floe.examples.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.floe.testing.junit.traceability.Covers;
import org.junit.jupiter.api.Test;

class PlatformFileTest {

    /** Stands in for floe-core's validation, to show how a test cites its requirement. */
    private static String computeTarget(Map<String, String> platform) {
        String target = platform.get("compute");
        if (target == null) {
            throw new IllegalArgumentException("platform file has no compute target");
        }
        return target;
    }

    @Test
    @Covers("FR-001") // spec-local: resolved against the only spec that defines it, 001-core
    void rejectsAPlatformFileWithoutComputeTarget() {
        assertThatThrownBy(() -> computeTarget(Map.of("catalog", "polaris")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("platform file has no compute target");
    }
}
