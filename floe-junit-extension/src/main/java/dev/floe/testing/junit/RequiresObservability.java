package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import dev.floe.testing.junit.internal.observability.ObservabilityExtension;
import org.apiguardian.api.API;

/**
 * Declares the trace and lineage evidence a test must leave in the observability backends
 * (Jaeger or Zipkin for traces, Marquez for lineage); it is checked after the test body, by the
 * ids the test produced, polling until it arrives or the timeout passes. The annotation also makes
 * {@link ObservabilityEvidence} injectable as a test parameter.
 *
 * <pre>{@code
 * @Test
 * @RequiresObservability(
 *         traceService = "floe-pipeline", spans = {"pipeline.run", "load"},
 *         parentChild = "pipeline.run>load", spanAttributes = "load:rows.written=42",
 *         lineageNamespace = "floe-demo", lineageJob = "orders.daily_load",
 *         events = {"START", "COMPLETE"}, outputs = "s3://floe-warehouse::marts.orders")
 * void loadsOrders(ObservabilityEvidence evidence) {
 *     pipeline.run(evidence.correlationId());
 * }
 * }</pre>
 *
 * <p>Backends are optional by default (floe runs standalone): when one is unreachable, its checks
 * are skipped with one warning naming the backend and endpoint. With {@code required = true} (or
 * {@code floe.services.<name>.required=true}) an unreachable backend fails the test.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ExtendWith(ObservabilityExtension.class)
public @interface RequiresObservability {

    /** Whether an unreachable backend fails the test instead of skipping its checks with a warning. */
    boolean required() default false;

    /** The service expected to produce the spans; shown in timeout messages and used by the search fallback. */
    String traceService() default "";

    /** Span names the test's trace must contain (case-insensitive). */
    String[] spans() default {};

    /** Span attributes as {@code spanName:key=value}; some span of that name must carry the attribute. */
    String[] spanAttributes() default {};

    /** Parent-child pairs as {@code parent>child}; some {@code child} span must be a direct child of a {@code parent} span. */
    String[] parentChild() default {};

    /** The OpenLineage job namespace of the expected run. */
    String lineageNamespace() default "";

    /** The OpenLineage job name of the expected run. */
    String lineageJob() default "";

    /** The event sequence the run must show, in order, e.g. {@code {"START", "COMPLETE"}}. */
    String[] events() default {};

    /** Input datasets as {@code namespace::name}. */
    String[] inputs() default {};

    /** Output datasets as {@code namespace::name}. */
    String[] outputs() default {};

    /** Run facet names the run must carry. */
    String[] runFacets() default {};
}
