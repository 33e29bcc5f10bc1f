package dev.floe.testing.junit.internal.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.floe.testing.common.internal.FailureMessage;
import dev.floe.testing.junit.traceability.Covers;

/** {@link ShouldResolveParameter}: the nested failure's expected, found and fix become the message's own. */
class ShouldResolveParameterTest {

    private static String nested(String service, String fix) {
        return FailureMessage.summary(service + " is not healthy after 1s.")
                .expected("JDBC SELECT 1 answered within 1s")
                .found("Connection refused (3 attempts)")
                .where("127.0.0.1:1 (default; nothing configured)")
                .fix(fix)
                .toString();
    }

    @Test
    @Covers("004-FR-015")
    void severalNestedFailuresKeepEachWholeAndJoinTheirFixes() {
        String cause = "2 required services are not healthy (profile base, mode external):\n\n"
                + nested("PostgreSQL", "set floe.services.postgres.port") + "\n\n"
                + nested("Jaeger", "set floe.services.jaeger.port");

        String message = ShouldResolveParameter.shouldResolveParameter("DockerServices", "services", "start", cause);

        assertThat(message)
                .startsWith("""
                        Cannot inject DockerServices into parameter 'services' of start.
                          expected: what each of the 2 failures below expected
                          found:    2 required services are not healthy (profile base, mode external):
                          where:    parameter 'services' of start
                          failures: PostgreSQL is not healthy after 1s.
                        """)
                .endsWith("\n  fix:      set floe.services.postgres.port; set floe.services.jaeger.port");
    }

    @Test
    @Covers("004-FR-015")
    void aNestedTextWithoutTheFormIsShownOnOneLine() {
        String message = ShouldResolveParameter.shouldResolveParameter("CompiledArtifacts", "artifacts", "receives",
                "disk full\nwhile writing");

        assertThat(message).contains("\n  found:    disk full while writing\n")
                .endsWith("\n  fix:      remove the cause of this exception: disk full while writing");
    }
}
