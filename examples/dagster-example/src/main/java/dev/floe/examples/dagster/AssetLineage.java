package dev.floe.examples.dagster;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineage.RunEvent.EventType;
import io.openlineage.client.OpenLineageClient;

/**
 * Reports asset materializations to OpenLineage: START, then COMPLETE or FAIL, with the asset's
 * input and output datasets. Extra run facets (e.g. a test's correlation id) go on every event.
 */
public final class AssetLineage {

    /** This package as the producer of its events. */
    public static final URI PRODUCER = URI.create("https://github.com/floe-dev/floe/tree/main/packages/floe-dagster");

    private final OpenLineage ol = new OpenLineage(PRODUCER);
    private final OpenLineageClient client;
    private final String namespace;
    private final Map<String, Map<String, Object>> extraRunFacets = new LinkedHashMap<>();

    public AssetLineage(OpenLineageClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** Adds a run facet {@code name} with {@code fields} to every event this instance emits. */
    public AssetLineage withRunFacet(String name, Map<String, Object> fields) {
        extraRunFacets.put(name, fields);
        return this;
    }

    /** A dataset as {@code namespace} and {@code name}. */
    public record Dataset(String namespace, String name) {
    }

    /**
     * Runs {@code materialization} as job {@code asset}, reporting START before and COMPLETE (or FAIL,
     * rethrowing) after it; returns the run id.
     */
    public UUID materialize(String asset, List<Dataset> inputs, List<Dataset> outputs, Runnable materialization) {
        UUID runId = UUID.randomUUID();
        emit(EventType.START, runId, asset, inputs, outputs);
        try {
            materialization.run();
        }
        catch (RuntimeException e) {
            emit(EventType.FAIL, runId, asset, inputs, outputs);
            throw e;
        }
        emit(EventType.COMPLETE, runId, asset, inputs, outputs);
        return runId;
    }

    private void emit(EventType type, UUID runId, String asset, List<Dataset> inputs, List<Dataset> outputs) {
        OpenLineage.RunFacetsBuilder facets = ol.newRunFacetsBuilder();
        extraRunFacets.forEach((name, fields) -> {
            OpenLineage.RunFacet facet = ol.newRunFacet();
            fields.forEach((k, v) -> facet.getAdditionalProperties().put(k, v));
            facets.put(name, facet);
        });
        client.emit(ol.newRunEventBuilder()
                .eventType(type)
                .eventTime(ZonedDateTime.now())
                .run(ol.newRun(runId, facets.build()))
                .job(ol.newJob(namespace, asset, null))
                .inputs(inputs.stream().map(d -> ol.newInputDataset(d.namespace(), d.name(), null, null)).toList())
                .outputs(outputs.stream().map(d -> ol.newOutputDataset(d.namespace(), d.name(), null, null)).toList())
                .build());
    }
}
