package dev.floe.examples.dagster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.floe.examples.dagster.AssetLineage.Dataset;
import dev.floe.testing.junit.traceability.Covers;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.Transport;

/** The events a materialization emits, captured at the OpenLineage client's transport (no backend needed). */
class AssetLineageTest {

    private final List<OpenLineage.RunEvent> sent = new CopyOnWriteArrayList<>();
    private final AssetLineage lineage = new AssetLineage(new OpenLineageClient(new Transport() {
        @Override
        public void emit(OpenLineage.RunEvent event) {
            sent.add(event);
        }

        @Override
        public void emit(OpenLineage.DatasetEvent event) {
            throw new AssertionError("unexpected dataset event");
        }

        @Override
        public void emit(OpenLineage.JobEvent event) {
            throw new AssertionError("unexpected job event");
        }
    }), "floe-demo");

    private static final List<Dataset> INPUTS = List.of(new Dataset("postgres://postgres:5432", "raw.orders"));
    private static final List<Dataset> OUTPUTS = List.of(new Dataset("s3://floe-warehouse", "marts.orders"));

    @Test
    @Covers("103-FR-003")
    void aMaterializationReportsStartThenCompleteWithItsDatasets() {
        UUID runId = lineage.materialize("orders", INPUTS, OUTPUTS, () -> { });

        assertThat(sent).extracting(OpenLineage.RunEvent::getEventType).containsExactly(EventType.START, EventType.COMPLETE);
        assertThat(sent).allSatisfy(event -> {
            assertThat(event.getRun().getRunId()).isEqualTo(runId);
            assertThat(event.getJob().getNamespace()).isEqualTo("floe-demo");
            assertThat(event.getJob().getName()).isEqualTo("orders");
            assertThat(event.getInputs()).extracting(OpenLineage.InputDataset::getName).containsExactly("raw.orders");
            assertThat(event.getOutputs()).extracting(OpenLineage.OutputDataset::getNamespace).containsExactly("s3://floe-warehouse");
        });
    }

    @Test
    @Covers("103-FR-004")
    void aFailedMaterializationEndsItsRunWithFail() {
        assertThatThrownBy(() -> lineage.materialize("orders", INPUTS, OUTPUTS, () -> {
            throw new IllegalStateException("dbt run failed");
        })).hasMessage("dbt run failed");

        assertThat(sent).extracting(OpenLineage.RunEvent::getEventType).containsExactly(EventType.START, EventType.FAIL);
        assertThat(sent.get(0).getRun().getRunId()).isEqualTo(sent.get(1).getRun().getRunId());
    }
}
