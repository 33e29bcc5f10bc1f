package dev.floe.testing.traceability.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.floe.testing.common.internal.FloeConfiguration;

/** One run of {@link TraceabilityCli#run} with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(FloeConfiguration.of(Map.of(), Map.of(), Map.of()), args);
    }

    /** A run that sees {@code configuration}'s system properties and environment instead of this JVM's. */
    static CliRun of(FloeConfiguration configuration, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = TraceabilityCli.run(args, o, e, configuration);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
