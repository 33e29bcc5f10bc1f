package dev.floe.testing.traceability.report;

import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.result;
import static dev.floe.testing.traceability.testing.Specs.specs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.sarif.internal.SarifWriter;

/**
 * A JVM that writes report sets into a folder, for the kill tests: {@code <folder> <first run> <runs>}. Every
 * file of run {@code n}, the gate's too, names {@code run-<n>-}; so a folder whose files name different runs is
 * a torn set. Prints {@code wrote <n>} after each set.
 */
public final class ReportSetWriterMain {

    static final String GATE_FILE = "traceability-gate.md";

    private ReportSetWriterMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        for (int run = first; run < first + runs; run++) {
            String marker = marker(run);
            TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs(requirement("007", "FR-001", 10, "sets")))
                    .withResults(List.of(result(marker + "test", TestOutcome.FAILED, "007-FR-001")))
                    .build(Instant.ofEpochSecond(1_800_000_000L + run));
            Map<String, Supplier<String>> gate = new LinkedHashMap<>();
            gate.put(SarifWriter.FILE_NAME, () -> "{\"run\": \"" + marker + "\"}\n");
            gate.put(GATE_FILE, () -> "gate of " + marker + "\n");
            TraceabilityReports.writeAll(matrix, dir, Path.of(""), gate);
            System.out.println("wrote " + run);
            System.out.flush();
        }
    }

    static String marker(int run) {
        return "run-" + run + "-";
    }
}
