package dev.floe.testing.traceability.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.floe.testing.traceability.sarif.internal.SarifWriter;

/** What a reader finds in a report folder written by {@link ReportSetWriterMain}, and what killed writers left. */
final class ReportSets {

    static final List<String> NAMES = List.of(TraceabilityReports.MATRIX_JSON, TraceabilityReports.TEST_REPORT_JSON,
            TraceabilityReports.MARKDOWN, TraceabilityReports.HTML, SarifWriter.FILE_NAME, ReportSetWriterMain.GATE_FILE);
    private static final Pattern RUN = Pattern.compile("run-(\\d+)-");

    private ReportSets() {
    }

    /** A description of the torn set in {@code dir} (files of different runs, or some files missing), if torn. */
    static Optional<String> torn(Path dir) {
        TreeMap<String, String> runs = new TreeMap<>();
        for (String name : NAMES) {
            try {
                Matcher m = RUN.matcher(Files.readString(dir.resolve(name)));
                runs.put(name, m.find() ? m.group(1) : "no run");
            }
            catch (NoSuchFileException e) {
                runs.put(name, "missing");
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean none = runs.values().stream().allMatch("missing"::equals);
        return none || new TreeSet<>(runs.values()).size() == 1 ? Optional.empty() : Optional.of(runs.toString());
    }

    /** The run all files of {@code dir} come from. */
    static String visibleRun(Path dir) {
        return torn(dir).map(t -> "torn " + t).orElseGet(() -> {
            try {
                Matcher m = RUN.matcher(Files.readString(dir.resolve(TraceabilityReports.MATRIX_JSON)));
                return m.find() ? m.group(1) : "none";
            }
            catch (IOException e) {
                return "none";
            }
        });
    }

    /**
     * Temporary files, and set folders beside the visible one but the set it replaced (kept whole for readers
     * still reading it): half-written sets and older ones.
     */
    static List<String> leftovers(Path dir) {
        List<String> left = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).forEach(left::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path sets = dir.resolve(ReportSetFolder.SETS);
        if (Files.isDirectory(sets)) {
            Path current = new ReportSetFolder(dir).currentSet().orElse(null);
            List<Path> others;
            try (Stream<Path> entries = Files.list(sets)) {
                others = entries.filter(set -> !set.toAbsolutePath().normalize().equals(current)).toList();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path set : others) {
                boolean whole = NAMES.stream().allMatch(name -> Files.isRegularFile(set.resolve(name)));
                if (others.size() > 1 || !whole) {
                    left.add(ReportSetFolder.SETS + "/" + set.getFileName() + (whole ? "" : " (half-written)"));
                }
            }
        }
        return left;
    }
}
