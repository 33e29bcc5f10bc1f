package dev.floe.testing.traceability.spec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import dev.floe.testing.traceability.spec.internal.SpecFiles;

/**
 * Prints the time and peak heap of parsing hostile specs just under the size limit ({@link SpecFiles#MAX_BYTES}):
 * 8 MB of {@code [}, lists nested on one line and by indentation, block quotes, and long lines of Markdown
 * punctuation. Each spec ends with a requirement, which must still be read. A main, not a test: run it with
 * {@code -Xmx256m}; the figures belong in docs/benchmarks.md and docs/reliability.md.
 *
 * <p>Argument (optional): the name of one input to run.
 */
public final class SpecWorstCaseBenchmark {

    private static final int SIZE = (int) SpecFiles.MAX_BYTES - 4096;
    private static final String HEAD = "# Feature\n\n## Requirements\n\n- **FR-001**: The first MUST be read.\n\n";
    private static final String TAIL = "\n\n- **FR-002**: The last MUST be read.\n";

    private SpecWorstCaseBenchmark() {
    }

    static Map<String, IntFunction<String>> inputs() {
        Map<String, IntFunction<String>> inputs = new LinkedHashMap<>();
        inputs.put("brackets-one-line", size -> "[".repeat(size));
        inputs.put("brackets-16k-paragraphs", size -> blocks(size, "[".repeat(16_000) + "\n\n"));
        inputs.put("brackets-in-list-items", size -> blocks(size, "- " + "[".repeat(16_000) + "\n"));
        inputs.put("nested-lists-one-line", size -> "- ".repeat(size / 2) + "x");
        inputs.put("nested-lists-by-indentation", size -> indented(size));
        inputs.put("nested-quotes", size -> "> ".repeat(size / 2) + "x");
        inputs.put("long-lines-punctuation", size -> blocks(size, "[*_`<!(".repeat(2_280) + "\n\n"));
        inputs.put("long-line-1mb-text", size -> blocks(size, "word ".repeat(200_000) + "\n\n"));
        inputs.put("emphasis-runs", size -> blocks(size, "*a **b ".repeat(2_000) + "\n\n"));
        return inputs;
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("floe-spec-worst");
        Path spec = root.resolve("specs/001-worst/spec.md");
        Files.createDirectories(spec.getParent());
        System.out.printf(Locale.ROOT, "max heap %d MiB, spec size %.2f MB%n",
                Runtime.getRuntime().maxMemory() >> 20, SIZE / 1e6);
        for (Map.Entry<String, IntFunction<String>> input : inputs().entrySet()) {
            if (args.length > 0 && !args[0].equals(input.getKey())) {
                continue;
            }
            String body = input.getValue().apply(SIZE - HEAD.length() - TAIL.length());
            Files.write(spec, (HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8));
            body = null;
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            String outcome;
            try {
                SpecCatalog catalog = SpecParser.create().parse(root);
                outcome = catalog.requirements().size() + " requirements, " + catalog.problems().size() + " problem(s)"
                        + (catalog.problems().isEmpty() ? "" : ": " + catalog.problems().get(0));
            }
            catch (SpecParseException e) {
                outcome = "SpecParseException: " + e.getMessage().lines().findFirst().orElse("");
            }
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "%-28s %8.0f ms  peak heap %4d MiB  %s%n", input.getKey(), ms, peakHeapMiB(),
                    outcome.length() > 140 ? outcome.substring(0, 140) + "..." : outcome);
        }
    }

    private static String blocks(int size, String block) {
        StringBuilder b = new StringBuilder(size);
        while (b.length() + block.length() <= size) {
            b.append(block);
        }
        return b.toString();
    }

    private static String indented(int size) {
        StringBuilder b = new StringBuilder(size);
        for (int level = 0; b.length() + 2 * level + 10 <= size; level++) {
            b.append("  ".repeat(level)).append("- level\n");
        }
        return b.toString();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The largest of the heap pools' peaks added up: an upper bound of what was live at once. */
    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
