package dev.floe.testing.junit.observability;

import static dev.floe.testing.junit.observability.Loopback.json;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A loopback stand-in for Marquez's API v1, written from its documented behaviour: takes OpenLineage
 * events on {@code POST /api/v1/lineage} (201), and serves runs (state of the last event processed),
 * a job's runs (newest first), raw events filtered by {@code eventTime}, and the lineage graph.
 */
final class FakeMarquez implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Loopback server = new Loopback();
    /** Events in the order they were processed, which is not necessarily event-time order. */
    private final List<JsonNode> processed = new CopyOnWriteArrayList<>();

    FakeMarquez() {
        server.answering(this::handle);
    }

    URI uri() {
        return server.uri();
    }

    List<RecordedRequest> requests() {
        return server.requests();
    }

    /** Stores an event as if Marquez had processed it now. */
    void accept(String eventJson) {
        try {
            processed.add(MAPPER.readTree(eventJson));
        }
        catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("POST") && path.equals("/api/v1/lineage")) {
            accept(request.getBody().utf8());
            return new MockResponse.Builder().code(201).build();
        }
        if (path.startsWith("/api/v1/jobs/runs/")) {
            String id = request.getUrl().pathSegments().get(4);
            List<JsonNode> events = processed.stream().filter(e -> e.path("run").path("runId").asText().equals(id)).toList();
            return events.isEmpty() ? json(404, "{\"code\":404,\"message\":\"Run '" + id + "' not found\"}")
                    : json(200, run(id, events).toString());
        }
        if (path.startsWith("/api/v1/namespaces/") && path.endsWith("/runs")) {
            String ns = request.getUrl().pathSegments().get(3);
            String job = request.getUrl().pathSegments().get(5);
            List<String> ids = processed.stream()
                    .filter(e -> e.path("job").path("namespace").asText().equals(ns) && e.path("job").path("name").asText().equals(job))
                    .map(e -> e.path("run").path("runId").asText()).distinct().toList();
            if (ids.isEmpty()) {
                return json(404, "{\"code\":404,\"message\":\"Job not found\"}");
            }
            ArrayNode runs = MAPPER.createArrayNode();
            for (int i = ids.size() - 1; i >= 0; i--) {
                String id = ids.get(i);
                runs.add(run(id, processed.stream().filter(e -> e.path("run").path("runId").asText().equals(id)).toList()));
            }
            ObjectNode body = MAPPER.createObjectNode();
            body.set("runs", runs);
            body.put("totalCount", ids.size());
            return json(200, body.toString());
        }
        if (path.equals("/api/v1/events/lineage")) {
            Instant after = Instant.parse(request.getUrl().queryParameter("after"));
            int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
            boolean asc = "asc".equals(request.getUrl().queryParameter("sortDirection"));
            Comparator<JsonNode> byTime = Comparator.comparing(e -> time(e.path("eventTime")));
            ArrayNode events = MAPPER.createArrayNode();
            processed.stream().filter(e -> time(e.path("eventTime")).isAfter(after))
                    .sorted(asc ? byTime : byTime.reversed()).limit(limit).forEach(events::add);
            ObjectNode body = MAPPER.createObjectNode();
            body.set("events", events);
            body.put("totalCount", events.size());
            return json(200, body.toString());
        }
        if (path.equals("/api/v1/lineage")) {
            return json(200, graph(request.getUrl().queryParameter("nodeId")).toString());
        }
        return json(404, "{\"code\":404,\"message\":\"HTTP 404 Not Found\"}");
    }

    private static ObjectNode run(String id, List<JsonNode> events) {
        ObjectNode run = MAPPER.createObjectNode();
        run.put("id", id);
        JsonNode first = events.get(0);
        JsonNode last = events.get(events.size() - 1);
        run.put("createdAt", first.path("eventTime").asText());
        run.put("updatedAt", last.path("eventTime").asText());
        run.putNull("nominalStartTime");
        run.putNull("nominalEndTime");
        run.put("state", state(last.path("eventType").asText()));
        run.putNull("startedAt");
        run.putNull("endedAt");
        run.putNull("durationMs");
        for (JsonNode e : events) {
            String type = e.path("eventType").asText();
            if (type.equals("START")) {
                run.put("startedAt", e.path("eventTime").asText());
            }
            if (type.equals("COMPLETE") || type.equals("FAIL") || type.equals("ABORT")) {
                run.put("endedAt", e.path("eventTime").asText());
            }
        }
        run.set("args", MAPPER.createObjectNode());
        ObjectNode jobVersion = run.putObject("jobVersion");
        jobVersion.put("namespace", last.path("job").path("namespace").asText());
        jobVersion.put("name", last.path("job").path("name").asText());
        jobVersion.put("version", "3f6c1b5e-0000-4000-8000-000000000001");
        run.set("inputDatasetVersions", versions(events, "inputs"));
        run.set("outputDatasetVersions", versions(events, "outputs"));
        run.set("context", MAPPER.createObjectNode());
        ObjectNode facets = MAPPER.createObjectNode();
        events.forEach(e -> e.path("run").path("facets").fields().forEachRemaining(f -> facets.set(f.getKey(), f.getValue())));
        run.set("facets", facets);
        return run;
    }

    private static ArrayNode versions(List<JsonNode> events, String field) {
        ArrayNode out = MAPPER.createArrayNode();
        List<String> seen = new ArrayList<>();
        for (JsonNode e : events) {
            for (JsonNode d : e.path(field)) {
                String key = d.path("namespace").asText() + "::" + d.path("name").asText();
                if (!seen.contains(key)) {
                    seen.add(key);
                    ObjectNode v = out.addObject();
                    ObjectNode id = v.putObject("datasetVersionId");
                    id.put("namespace", d.path("namespace").asText());
                    id.put("name", d.path("name").asText());
                    id.put("version", "00000000-0000-4000-8000-00000000000" + seen.size());
                    v.set("facets", d.path("facets").isObject() ? d.path("facets") : MAPPER.createObjectNode());
                }
            }
        }
        return out;
    }

    private ObjectNode graph(String nodeId) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode graph = body.putArray("graph");
        for (JsonNode e : processed) {
            String job = "job:" + e.path("job").path("namespace").asText() + ":" + e.path("job").path("name").asText();
            if (!job.equals(nodeId) || graph.size() > 0) {
                continue;
            }
            ObjectNode node = graph.addObject();
            node.put("id", job);
            node.put("type", "JOB");
            node.putObject("data");
            ArrayNode in = node.putArray("inEdges");
            e.path("inputs").forEach(d -> in.addObject().put("origin", "dataset:" + d.path("namespace").asText() + ":"
                    + d.path("name").asText()).put("destination", job));
            ArrayNode out = node.putArray("outEdges");
            e.path("outputs").forEach(d -> out.addObject().put("origin", job).put("destination", "dataset:"
                    + d.path("namespace").asText() + ":" + d.path("name").asText()));
        }
        return body;
    }

    private static String state(String eventType) {
        return switch (eventType) {
            case "COMPLETE" -> "COMPLETED";
            case "FAIL" -> "FAILED";
            case "ABORT" -> "ABORTED";
            default -> "RUNNING";
        };
    }

    private static Instant time(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    @Override
    public void close() {
        server.close();
    }
}
