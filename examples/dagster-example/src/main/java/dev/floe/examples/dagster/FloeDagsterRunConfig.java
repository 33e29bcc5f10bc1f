package dev.floe.examples.dagster;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** floe-dagster's run configuration ({@code dagster job execute -c}) from CompiledArtifacts JSON. */
public final class FloeDagsterRunConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FloeDagsterRunConfig() {
    }

    /** {@code {resources: {dbt: {config: ...}, openlineage: {config: ...}}}}; OpenLineage only when lineage is on. */
    public static Map<String, Object> runConfig(String artifactsJson) {
        JsonNode a;
        try {
            a = JSON.readTree(artifactsJson);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("CompiledArtifacts are not valid JSON: " + e.getMessage(), e);
        }
        JsonNode transform = a.path("transforms").path(0);
        String projectDir = a.hasNonNull("dbt_project_path") ? a.get("dbt_project_path").asText() : transform.path("path").asText();
        Map<String, Object> dbt = new LinkedHashMap<>();
        dbt.put("project_dir", projectDir);
        dbt.put("profiles_dir", a.path("dbt_profiles_path").asText());
        dbt.put("target", transform.hasNonNull("target") ? transform.get("target").asText() : "dev");
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("dbt", Map.of("config", dbt));
        JsonNode observability = a.path("observability");
        if (observability.path("lineage").asBoolean(false) && observability.hasNonNull("lineage_endpoint")) {
            Map<String, Object> lineage = new LinkedHashMap<>();
            lineage.put("url", observability.get("lineage_endpoint").asText());
            lineage.put("namespace", a.hasNonNull("lineage_namespace") ? a.get("lineage_namespace").asText() : "default");
            resources.put("openlineage", Map.of("config", lineage));
        }
        return Map.of("resources", resources);
    }
}
