package dev.floe.examples.core;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A slice of the {@code floe} command line: {@code floe artifacts show <file>} prints what an
 * artifacts file asks for. Exit status 0 on success, 1 for usage errors, 2 when the file cannot be read.
 */
public final class FloeCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FloeCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line with {@code args}, writing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[0].equals("artifacts") || !args[1].equals("show")) {
            err.println("usage: floe artifacts show <compiled_artifacts.json>");
            return 1;
        }
        Path file = Path.of(args[2]);
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readString(file));
        }
        catch (NoSuchFileException e) {
            err.println("floe: cannot read " + file + ": no such file");
            return 2;
        }
        catch (JsonProcessingException e) {
            err.println("floe: cannot read " + file + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
            return 2;
        }
        catch (IOException e) {
            err.println("floe: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        if (tree == null || !tree.path("compute").path("target").isTextual()) {
            err.println("floe: cannot read " + file + ": $.compute.target is missing");
            return 2;
        }
        JsonNode catalog = tree.path("catalog");
        JsonNode consumption = tree.path("consumption");
        JsonNode observability = tree.path("observability");
        out.println("target:        " + tree.path("compute").path("target").asText());
        out.println("catalog:       " + (catalog.isObject() ? catalog.path("type").asText() + " " + catalog.path("uri").asText() : "none"));
        out.println("consumption:   " + (consumption.path("enabled").asBoolean(false) ? "cube on port " + consumption.path("port").asInt() : "disabled"));
        out.println("observability: " + observability(observability));
        return 0;
    }

    private static String observability(JsonNode o) {
        StringBuilder on = new StringBuilder();
        for (String signal : new String[] { "traces", "metrics", "lineage" }) {
            if (o.path(signal).asBoolean(false)) {
                on.append(on.isEmpty() ? "" : ", ").append(signal);
            }
        }
        return on.isEmpty() ? "off" : on.toString();
    }
}
