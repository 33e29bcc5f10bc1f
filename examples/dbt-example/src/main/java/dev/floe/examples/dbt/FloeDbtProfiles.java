package dev.floe.examples.dbt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * floe-dbt's generator: CompiledArtifacts JSON in, {@code profiles.yml} out. Connection properties
 * are copied under the names the dbt adapter reads; the credential is an {@code env_var} reference
 * to the variable floe resolves the secret from (the secret ref upper-cased, {@code -} as {@code _}).
 */
public final class FloeDbtProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    private FloeDbtProfiles() {
    }

    /**
     * The {@code profiles.yml} text of profile {@code profileName} for {@code artifactsJson}.
     *
     * @throws IllegalArgumentException naming every JSON path the adapter needs but the artifacts lack
     */
    public static String profilesYaml(String artifactsJson, String profileName) {
        JsonNode artifacts;
        try {
            artifacts = JSON.readTree(artifactsJson);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("CompiledArtifacts are not valid JSON: " + e.getMessage(), e);
        }
        String target = artifacts.path("compute").path("target").asText();
        JsonNode props = artifacts.path("compute").path("properties");
        Output out = new Output(target, props, artifacts.path("compute").path("connection_secret_ref").asText(null));
        switch (target) {
            case "duckdb" -> out.copy("path");
            case "postgres", "redshift" -> out.copy("host").copy("user").secret("password").copy("port").copy("database", "dbname").copy("schema");
            case "snowflake" -> out.copy("account").copy("user").secret("password").copy("role").copy("database").copy("warehouse").copy("schema");
            case "bigquery" -> {
                out.copy("method").copy("project").copy("dataset").optional("location");
                if ("service-account".equals(props.path("method").asText())) {
                    out.secret("keyfile");
                }
            }
            case "databricks" -> out.copy("host").copy("http_path").optional("catalog").copy("schema").secret("token");
            case "spark" -> {
                out.copy("method").copy("host").optional("port").copy("schema");
                if ("http".equals(props.path("method").asText())) {
                    out.secret("token").copy("cluster");
                }
            }
            default -> out.missing.add("$.compute.target: unknown target '" + target + "'");
        }
        out.keys.put("threads", props.path("threads").isInt() ? props.path("threads").asInt() : 4);
        if (!out.missing.isEmpty()) {
            throw new IllegalArgumentException("Cannot write a dbt-" + target + " profile:\n  - " + String.join("\n  - ", out.missing));
        }
        JsonNode transforms = artifacts.path("transforms");
        String outputName = transforms.path(0).path("target").isTextual() ? transforms.path(0).path("target").asText() : "dev";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", outputName);
        body.put("outputs", Map.of(outputName, out.keys));
        try {
            return YAML.writeValueAsString(Map.of(profileName, body));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variable floe resolves {@code secretRef} from. */
    public static String environmentVariable(String secretRef) {
        return secretRef.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static final class Output {
        final Map<String, Object> keys = new LinkedHashMap<>();
        final List<String> missing = new ArrayList<>();
        private final JsonNode props;
        private final String secretRef;

        Output(String target, JsonNode props, String secretRef) {
            this.props = props;
            this.secretRef = secretRef;
            keys.put("type", target);
        }

        Output copy(String property) {
            return copy(property, property);
        }

        Output copy(String property, String key) {
            JsonNode value = props.get(property);
            if (value == null || value.isNull()) {
                missing.add("$.compute.properties." + property + " is missing: dbt needs '" + key + "'");
            }
            else {
                keys.put(key, value.isNumber() ? value.numberValue() : value.asText());
            }
            return this;
        }

        Output optional(String property) {
            return props.hasNonNull(property) ? copy(property) : this;
        }

        Output secret(String key) {
            if (secretRef == null) {
                missing.add("$.compute.connection_secret_ref is missing: dbt needs '" + key + "' from a secret");
            }
            else {
                keys.put(key, "{{ env_var('" + environmentVariable(secretRef) + "') }}");
            }
            return this;
        }
    }
}
