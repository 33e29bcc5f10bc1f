package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.junit.internal.artifacts.CompiledArtifactsExtension;
import dev.floe.testing.junit.internal.services.FloeIntegrationExtension;
import org.apiguardian.api.API;

/**
 * Marks a test class as a floe integration test that needs the services of a {@link Profile},
 * healthy, before any of its tests runs.
 *
 * <p>Services are provisioned and health-checked once per run and shared by every class and thread.
 * When a required service is missing or unhealthy, every test of the class <em>fails</em> (never
 * skips) with a message naming the service, the endpoint tried, the last error and the fix. Optional
 * services (Jaeger, Marquez) that are absent log one warning per run; tests go on and can ask
 * {@code services.isAvailable("jaeger")}.
 *
 * <p>Tests may declare parameters of type {@link dev.floe.testing.fixtures.services.DockerServices}
 * (endpoints, JDBC URL, credentials) and {@link dev.floe.testing.fixtures.services.TestNamespace}
 * (a unique schema / namespace / S3 prefix per test), and
 * {@link dev.floe.testing.fixtures.artifacts.CompiledArtifacts} (chosen with {@link FloeArtifacts}).
 *
 * <pre>{@code
 * @FloeIntegration(profile = Profile.STORAGE)
 * class PolarisNamespaceIT {
 *     @Test
 *     void createsNamespace(DockerServices services, TestNamespace ns) { ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@ExtendWith({ FloeIntegrationExtension.class, CompiledArtifactsExtension.class })
public @interface FloeIntegration {

    /** The services the class needs; profiles are cumulative ({@code BASE ⊂ STORAGE ⊂ COMPUTE ⊂ FULL}). */
    Profile profile() default Profile.BASE;
}
