package dev.floe.testing.junit.traceability;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.floe.testing.junit.traceability.internal.CoversValidationExtension;

/**
 * Declares which functional requirements a test covers, so that the traceability matrix written at
 * the end of the run maps each requirement of the Markdown specs to the tests that prove it.
 *
 * <p>Ids are written as in the specs ({@code "FR-024"}, {@code "FR-006a"}), or scoped to a feature
 * ({@code "006-FR-024"}) where several specs define the same local id. On a class, the ids apply to
 * every test of the class, of its subclasses and of its {@code @Nested} classes; on a method, they add to
 * the class's. The annotation may also be used as a meta-annotation, at any depth. An ill-formed id fails
 * the test that carries it, naming the id and the test and suggesting the id the specs define; it is never
 * silently dropped. A well-formed id that no spec defines is listed as an orphan in the reports.
 *
 * <pre>{@code
 * @Test
 * @Covers({"006-FR-005", "006-FR-029"})
 * void failsWhenPolarisIsDown() { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@ExtendWith(CoversValidationExtension.class)
@API(status = STABLE, since = "0.1.0")
public @interface Covers {

    /** The requirement ids this test covers, e.g. {@code "FR-024"} or {@code "006-FR-024"}. */
    String[] value();
}
