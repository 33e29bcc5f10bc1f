package dev.floe.examples.polaris;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** floe-iceberg's Iceberg REST catalog properties from CompiledArtifacts JSON. */
public final class FloeCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, String> environment;
    private final Path secretsDir;

    /** Resolves secrets from {@code environment}, then from files in {@code secretsDir}. */
    public FloeCatalog(Function<String, String> environment, Path secretsDir) {
        this.environment = environment;
        this.secretsDir = secretsDir;
    }

    /**
     * The catalog properties, {@code credential} included (do not log them).
     *
     * @throws IllegalArgumentException when the artifacts have no Polaris catalog or ask for
     *         {@code PRINCIPAL_ROLE:ALL} in production, or the credential cannot be resolved
     */
    public Map<String, String> properties(String artifactsJson) {
        JsonNode a;
        try {
            a = JSON.readTree(artifactsJson);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("CompiledArtifacts are not valid JSON: " + e.getMessage(), e);
        }
        JsonNode catalog = a.path("catalog");
        if (!"polaris".equals(catalog.path("type").asText())) {
            throw new IllegalArgumentException("$.catalog: no Polaris catalog in these artifacts");
        }
        String scope = catalog.path("scope").asText();
        if ("PRINCIPAL_ROLE:ALL".equals(scope) && "production".equals(a.path("environment_context").path("environment_type").asText())) {
            throw new IllegalArgumentException("$.catalog.scope: PRINCIPAL_ROLE:ALL is refused in production; grant a least-privilege role");
        }
        String uri = catalog.path("uri").asText();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("type", "rest");
        p.put("uri", uri);
        p.put("oauth2-server-uri", uri.replaceAll("/+$", "") + "/v1/oauth/tokens");
        p.put("scope", scope);
        putText(p, "warehouse", catalog.path("warehouse"));
        putText(p, "token-refresh-enabled", catalog.path("token_refresh_enabled"));
        putText(p, "header.X-Iceberg-Access-Delegation", catalog.path("access_delegation"));
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            p.putIfAbsent(e.getKey(), e.getValue().asText());
        }
        p.put("credential", secret(catalog.path("credential_secret_ref").asText()));
        return p;
    }

    private static void putText(Map<String, String> p, String key, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull()) {
            p.put(key, value.asText());
        }
    }

    private String secret(String ref) {
        String variable = ref.toUpperCase(Locale.ROOT).replace('-', '_');
        String value = environment.apply(variable);
        if (value != null) {
            return value;
        }
        Path file = secretsDir.resolve(ref);
        try {
            return Files.readString(file).strip();
        }
        catch (IOException e) {
            throw new IllegalArgumentException("Catalog credential '" + ref + "' not found: set " + variable + " or mount " + file);
        }
    }
}
