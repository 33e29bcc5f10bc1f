package dev.floe.examples.cube;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** floe-cube's model sync: the dbt manifest in, Cube's YAML model ({@code cubes: [...]}) out. */
public final class CubeModelWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    private CubeModelWriter() {
    }

    /**
     * The Cube model for the manifest at {@code manifest}.
     *
     * @throws IllegalArgumentException naming the file and JSON path when the manifest has no nodes
     */
    public static String cubesYaml(Path manifest) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(manifest));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read dbt manifest " + manifest, e);
        }
        if (root == null || !root.path("nodes").isObject()) {
            throw new IllegalArgumentException("dbt manifest " + manifest + ": $.nodes is missing; run 'dbt parse' first");
        }
        List<Map<String, Object>> cubes = new ArrayList<>();
        root.get("nodes").forEach(node -> {
            if (!"model".equals(node.path("resource_type").asText())) {
                return;
            }
            String name = node.path("name").asText();
            String database = node.path("database").asText("");
            String table = (database.isEmpty() ? "" : database + ".") + node.path("schema").asText() + "." + node.path("alias").asText(name);
            List<Map<String, Object>> dimensions = new ArrayList<>();
            node.path("columns").forEach(column -> {
                String columnName = column.path("name").asText();
                Map<String, Object> dimension = new LinkedHashMap<>();
                dimension.put("name", columnName);
                dimension.put("sql", columnName);
                dimension.put("type", type(column.path("data_type").asText("")));
                if (columnName.equals("id") || column.path("meta").path("primary_key").asBoolean(false)) {
                    dimension.put("primary_key", true);
                }
                dimensions.add(dimension);
            });
            Map<String, Object> cube = new LinkedHashMap<>();
            cube.put("name", name);
            cube.put("sql_table", table);
            cube.put("dimensions", dimensions);
            cube.put("measures", List.of(Map.of("name", "count", "type", "count")));
            cubes.add(cube);
        });
        cubes.sort(Comparator.comparing(c -> (String) c.get("name")));
        try {
            return YAML.writeValueAsString(Map.of("cubes", cubes));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String dataType) {
        String t = dataType.toLowerCase(Locale.ROOT);
        if (t.startsWith("bool")) {
            return "boolean";
        }
        if (t.contains("time") || t.contains("date")) {
            return "time";
        }
        if (t.matches(".*(int|numeric|decimal|number|float|double|real).*")) {
            return "number";
        }
        return "string";
    }
}
