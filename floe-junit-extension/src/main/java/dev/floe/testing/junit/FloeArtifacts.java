package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.junit.internal.artifacts.CompiledArtifactsExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apiguardian.api.API;

/**
 * Chooses the compute target and variant of the {@code CompiledArtifacts} injected into a test, and
 * registers the resolver for {@code CompiledArtifacts} and {@code CompiledArtifactsFactory}
 * parameters.
 *
 * <p>On a parameter it applies to that parameter; on a method or class to every
 * {@code CompiledArtifacts} parameter beneath it (the nearest annotation wins). In a
 * {@code @ParameterizedTest} or {@code @ParameterizedClass} whose arguments include a
 * {@link ComputeTarget}, that argument is the target and the annotation gives the variant. Without any annotation the target and variant come
 * from {@link #TARGET_PROPERTY_NAME} and {@link #VARIANT_PROPERTY_NAME} (defaults: DuckDB,
 * standalone); the resolver must then be registered by {@code @FloeIntegration} on the class, or by this
 * annotation on the class or an enclosing class.
 *
 * <pre>{@code
 * @FloeArtifacts(target = ComputeTarget.SNOWFLAKE, variant = ArtifactsVariant.POLARIS)
 * class ProfileIT {
 *     @Test
 *     void writesProfile(CompiledArtifacts artifacts) { ... }
 *
 *     @ParameterizedTest
 *     @EnumSource(ComputeTarget.class)
 *     void everyTarget(ComputeTarget target, CompiledArtifacts artifacts) { ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@ExtendWith(CompiledArtifactsExtension.class)
public @interface FloeArtifacts {

    /**
     * Configuration key of the target used when no annotation chooses one: {@value}. Accepted
     * values: {@code duckdb}, {@code snowflake}, {@code bigquery}, {@code redshift},
     * {@code databricks}, {@code postgres}, {@code spark} (any case). Default {@code duckdb}.
     */
    String TARGET_PROPERTY_NAME = ArtifactsKeys.TARGET;

    /**
     * Configuration key of the variant used when no annotation chooses one: {@value}. Accepted
     * values: {@code standalone}, {@code polaris}, {@code cube}, {@code full}, {@code production}
     * (any case). Default {@code standalone}.
     */
    String VARIANT_PROPERTY_NAME = ArtifactsKeys.VARIANT;

    /** The compute target; a {@code ComputeTarget} argument of a parameterized invocation overrides it. */
    ComputeTarget target() default ComputeTarget.DUCKDB;

    /** The variant. */
    ArtifactsVariant variant() default ArtifactsVariant.STANDALONE;
}
