package dev.floe.examples.core;

import static dev.floe.testing.fixtures.observability.ObservabilityAssertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.observability.Trace;
import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.FloeSpanCapture;
import dev.floe.testing.junit.ObservabilityEvidence;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.traceability.Covers;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;

/**
 * Publishing leaves a trace in a real Zipkin server: the declared form checks the span after the
 * test body, the programmatic form awaits it by the trace id {@link FloeSpanCapture} recorded.
 * Zipkin is required here, so a trace that never arrives fails the test.
 */
@FloeIntegration(profile = Profile.BASE)
@FloeArtifacts
@ExtendWith(ZipkinOnLoopback.class)
class PublishTracingTest {

    static final String SERVICE = "floe-core";
    private static SdkTracerProvider tracing;

    @BeforeAll
    static void tracing() {
        URI zipkin = ZipkinOnLoopback.uri();
        tracing = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), SERVICE))))
                .addSpanProcessor(FloeSpanCapture.around(BatchSpanProcessor.builder(
                        ZipkinSpanExporter.builder().setEndpoint(zipkin + "/api/v2/spans").build()).build()))
                .build();
    }

    @AfterAll
    static void stopTracing() {
        tracing.shutdown().join(10, TimeUnit.SECONDS);
    }

    private static void publish(DockerServices services, TestNamespace ns, String environment, CompiledArtifacts artifacts)
            throws Exception {
        Credentials pg = services.credentials("postgres");
        try (Connection c = DriverManager.getConnection(services.jdbcUrl(), pg.id(), pg.secret())) {
            new ArtifactsRegistry(c, ns.schema(), tracing.get("dev.floe.examples.core")).publish(environment, artifacts.toJson());
        }
    }

    @Test
    @Covers("101-FR-004")
    @RequiresObservability(required = true, traceService = SERVICE, spans = ArtifactsRegistry.PUBLISH_SPAN,
            spanAttributes = ArtifactsRegistry.PUBLISH_SPAN + ":" + ArtifactsRegistry.ENVIRONMENT_ATTRIBUTE + "=staging")
    void publishEmitsASpanNamingTheEnvironment(DockerServices services, TestNamespace ns, CompiledArtifacts artifacts)
            throws Exception {
        publish(services, ns, "staging", artifacts);
    }

    @Test
    @Covers("101-FR-004")
    @RequiresObservability(required = true)
    void thePublishSpanIsThisTestsOwn(DockerServices services, TestNamespace ns, CompiledArtifacts artifacts,
            ObservabilityEvidence evidence) throws Exception {
        publish(services, ns, "prod", artifacts);

        Trace trace = evidence.awaitTrace().untilSpans(ArtifactsRegistry.PUBLISH_SPAN);
        assertThat(trace).isMarkedWith(evidence.correlationId())
                .hasServiceName(SERVICE)
                .hasSpanWithAttribute(ArtifactsRegistry.PUBLISH_SPAN, ArtifactsRegistry.ENVIRONMENT_ATTRIBUTE, "prod");
        org.assertj.core.api.Assertions.assertThat(evidence.traceIds()).containsExactly(trace.traceId());
    }
}
