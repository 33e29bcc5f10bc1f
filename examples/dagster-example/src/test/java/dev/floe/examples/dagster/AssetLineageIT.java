package dev.floe.examples.dagster;

import static dev.floe.testing.fixtures.observability.ObservabilityAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.floe.examples.dagster.AssetLineage.Dataset;
import dev.floe.testing.fixtures.observability.CorrelationId;
import dev.floe.testing.fixtures.observability.LineageEventType;
import dev.floe.testing.fixtures.observability.RunState;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.ObservabilityEvidence;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.traceability.Covers;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;

/**
 * A materialization's lineage in a real Marquez (profile FULL: runs with -Pdocker). Marquez is
 * optional in the catalog; here it is required, so a missing Marquez fails the test.
 */
@FloeIntegration(profile = Profile.FULL)
class AssetLineageIT {

    static final String NAMESPACE = "floe-examples";
    static final String JOB = "orders";

    private static AssetLineage lineage(DockerServices services, ObservabilityEvidence evidence) {
        HttpConfig http = new HttpConfig();
        http.setUrl(services.url("marquez"));
        http.setEndpoint("/api/v1/lineage");
        CorrelationId id = evidence.correlationId();
        return new AssetLineage(new OpenLineageClient(new HttpTransport(http)), NAMESPACE)
                .withRunFacet(CorrelationId.FACET_NAME, id.facet(AssetLineage.PRODUCER.toString()));
    }

    @Test
    @Covers("103-FR-005")
    @RequiresObservability(required = true, lineageNamespace = NAMESPACE, lineageJob = JOB, events = { "START", "COMPLETE" },
            inputs = "postgres://postgres:5432::raw.orders", outputs = "s3://floe-warehouse::marts.orders")
    void theMaterializationArrivesInMarquezAsACompletedRun(DockerServices services, ObservabilityEvidence evidence) {
        UUID runId = lineage(services, evidence).materialize(JOB,
                List.of(new Dataset("postgres://postgres:5432", "raw.orders")),
                List.of(new Dataset("s3://floe-warehouse", "marts.orders")), () -> { });
        evidence.recordRunId(runId.toString());

        assertThat(evidence.awaitRun().untilFinished())
                .hasState(RunState.COMPLETED)
                .hasEventSequence(LineageEventType.START, LineageEventType.COMPLETE)
                .hasOutput("s3://floe-warehouse", "marts.orders")
                .hasRunFacet(CorrelationId.FACET_NAME);
    }
}
