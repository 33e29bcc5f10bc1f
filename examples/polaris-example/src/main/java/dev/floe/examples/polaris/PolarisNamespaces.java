package dev.floe.examples.polaris;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates and lists Iceberg namespaces of one catalog through the Iceberg REST API: Polaris, or any
 * other implementation (the path prefix comes from the catalog's own {@code /v1/config}).
 */
public final class PolarisNamespaces {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI catalogUri;
    private final String prefix;
    private final String token;

    private PolarisNamespaces(URI catalogUri, String prefix, String token) {
        this.catalogUri = catalogUri;
        this.prefix = prefix;
        this.token = token;
    }

    /** Signs in with client credentials ({@code POST <uri>/v1/oauth/tokens}) for {@code scope}. */
    public static PolarisNamespaces signIn(URI catalogUri, String catalog, String clientId, String clientSecret, String scope)
            throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret)
                + "&scope=" + enc(scope);
        HttpRequest request = HttpRequest.newBuilder(URI.create(catalogUri + "/v1/oauth/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpClient http = HttpClient.newHttpClient();
        String token = send(http, request, 200).path("access_token").asText();
        // GET /v1/config?warehouse=<catalog>: Polaris answers the prefix (its catalog name); a single-catalog server none
        JsonNode config = send(http, HttpRequest.newBuilder(URI.create(catalogUri + "/v1/config?warehouse=" + enc(catalog)))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
        String prefix = config.path("overrides").path("prefix").asText(config.path("defaults").path("prefix").asText(""));
        return new PolarisNamespaces(catalogUri, prefix, token);
    }

    /** Creates {@code namespace}. */
    public void create(String namespace) throws IOException, InterruptedException {
        send(http, authorized("/namespaces").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"namespace\":[\"" + namespace + "\"]}")).build(), 200);
    }

    /** The top-level namespaces. */
    public List<String> list() throws IOException, InterruptedException {
        JsonNode answer = send(http, authorized("/namespaces").GET().build(), 200);
        List<String> names = new ArrayList<>();
        answer.path("namespaces").forEach(ns -> names.add(ns.path(0).asText()));
        return names;
    }

    private HttpRequest.Builder authorized(String path) {
        String base = catalogUri + "/v1/" + (prefix.isEmpty() ? "" : enc(prefix) + "/");
        return HttpRequest.newBuilder(URI.create(base + path.substring(1))).header("Authorization", "Bearer " + token);
    }

    private static JsonNode send(HttpClient http, HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
