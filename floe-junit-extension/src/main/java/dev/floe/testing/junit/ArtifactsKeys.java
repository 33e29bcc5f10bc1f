package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The configuration keys that choose the {@code CompiledArtifacts} a test receives when no {@link FloeArtifacts}
 * on the parameter, method or class does. Each key is resolved in floe's order: JVM system property, then
 * environment variable ({@code floe.artifacts.target} → {@code FLOE_ARTIFACTS_TARGET}), then JUnit configuration
 * parameter ({@code junit-platform.properties}), then the default given here.
 *
 * <pre>{@code
 * # junit-platform.properties
 * floe.artifacts.target=postgres
 * floe.artifacts.variant=full
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ArtifactsKeys {

    /**
     * The compute target: {@value}. Accepted: {@code duckdb}, {@code snowflake}, {@code bigquery},
     * {@code redshift}, {@code databricks}, {@code postgres}, {@code spark} (any case). Default {@code duckdb}.
     */
    public static final String TARGET = "floe.artifacts.target";

    /**
     * The variant: {@value}. Accepted: {@code standalone}, {@code polaris}, {@code cube}, {@code full},
     * {@code production} (any case). Default {@code standalone}.
     */
    public static final String VARIANT = "floe.artifacts.variant";

    private ArtifactsKeys() {
    }
}
