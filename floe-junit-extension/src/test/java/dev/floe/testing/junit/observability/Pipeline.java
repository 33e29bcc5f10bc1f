package dev.floe.testing.junit.observability;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.floe.testing.fixtures.observability.CorrelationId;
import dev.floe.testing.junit.FloeSpanCapture;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;

/**
 * The "code under test" of the extension tests: a tiny pipeline traced with the real OpenTelemetry
 * SDK (its exporter wrapped in {@link FloeSpanCapture}) that emits OpenLineage events with the real
 * client. Fixture test classes reach it through a static field the outer test sets.
 */
final class Pipeline implements AutoCloseable {

    static final String SERVICE = "floe-pipeline";
    static final String NAMESPACE = "floe-demo";
    static final String JOB = "orders.daily_load";
    static final URI PRODUCER = URI.create("https://floe.dev/testing/extension-tests");

    /** The pipeline the fixture test classes use; set by the outer test before it runs them. */
    static volatile Pipeline current;

    /** The run id of the last run a fixture recorded, for exact messages. */
    static volatile String lastRunId;

    private final SdkTracerProvider provider;
    private final Tracer tracer;
    private final OpenLineageClient lineage;
    private final OpenLineage ol = new OpenLineage(PRODUCER);

    Pipeline(URI zipkin, URI marquez) {
        provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), SERVICE))))
                // an hour between scheduled exports: spans reach the backend only because the extension flushes the
                // processor before it fetches, so a lost flush fails these tests instead of passing 5 s later
                .addSpanProcessor(FloeSpanCapture.around(BatchSpanProcessor.builder(
                        ZipkinSpanExporter.builder().setEndpoint(zipkin.toString().replaceAll("/$", "") + "/api/v2/spans").build())
                        .setScheduleDelay(java.time.Duration.ofHours(1))
                        .build()))
                .build();
        tracer = provider.get("dev.floe.testing.junit.observability");
        HttpConfig config = new HttpConfig();
        config.setUrl(URI.create(marquez.toString().replaceAll("/$", "")));
        config.setEndpoint("/api/v1/lineage");
        lineage = new OpenLineageClient(new HttpTransport(config));
    }

    /** Runs: spans pipeline.run > (extract, load[rows.written=42]); lineage START then COMPLETE (or FAIL). Returns the run id. */
    UUID run(CorrelationId correlationId, boolean fail) {
        UUID runId = UUID.randomUUID();
        emit(OpenLineage.RunEvent.EventType.START, runId, correlationId);
        Span root = tracer.spanBuilder("pipeline.run").startSpan();
        try (Scope ignored = root.makeCurrent()) {
            tracer.spanBuilder("extract").startSpan().end();
            tracer.spanBuilder("load").setAttribute("rows.written", 42L).startSpan().end();
        }
        finally {
            root.end();
        }
        emit(fail ? OpenLineage.RunEvent.EventType.FAIL : OpenLineage.RunEvent.EventType.COMPLETE, runId, correlationId);
        return runId;
    }

    /** Spans only, no lineage. */
    String traceOnly() {
        Span root = tracer.spanBuilder("pipeline.run").startSpan();
        try (Scope ignored = root.makeCurrent()) {
            tracer.spanBuilder("load").setAttribute("rows.written", 42L).startSpan().end();
        }
        finally {
            root.end();
        }
        return root.getSpanContext().getTraceId();
    }

    private void emit(OpenLineage.RunEvent.EventType type, UUID runId, CorrelationId correlationId) {
        OpenLineage.RunFacet facet = ol.newRunFacet();
        facet.getAdditionalProperties().put(CorrelationId.FACET_FIELD, correlationId.value());
        lineage.emit(ol.newRunEventBuilder().eventType(type).eventTime(ZonedDateTime.now())
                .run(ol.newRun(runId, ol.newRunFacetsBuilder().put(CorrelationId.FACET_NAME, facet).build()))
                .job(ol.newJob(NAMESPACE, JOB, null))
                .inputs(List.of(ol.newInputDataset("postgres://db:5432", "raw.orders", null, null)))
                .outputs(List.of(ol.newOutputDataset("s3://floe-warehouse", "marts.orders", null, null)))
                .build());
    }

    @Override
    public void close() throws Exception {
        provider.shutdown().join(10, TimeUnit.SECONDS);
        lineage.close();
    }
}
