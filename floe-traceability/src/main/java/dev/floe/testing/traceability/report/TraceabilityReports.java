package dev.floe.testing.traceability.report;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * Renders a {@link TraceabilityMatrix} as the report files and writes them as one set.
 *
 * <p>The files: {@value #MATRIX_JSON}, {@value #TEST_REPORT_JSON}, {@value #MARKDOWN}, {@value #HTML} and
 * {@value #HISTORY_JSON}. The same matrix (and the same earlier run) gives the same bytes but for timestamps.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class TraceabilityReports {

    /** The matrix, valid against the extended TraceabilityMatrix contract. */
    public static final String MATRIX_JSON = "traceability-matrix.json";

    /** The CI report, valid against the extended TraceabilityReport contract. */
    public static final String TEST_REPORT_JSON = "test-report.json";

    /** A Markdown summary that fits a CI job summary. */
    public static final String MARKDOWN = "traceability.md";

    /** One self-contained HTML page. */
    public static final String HTML = "index.html";

    /**
     * The coverage of the last full runs (at most 30, newest last), which the HTML page draws as a trend: each full
     * run adds itself to the history it finds in its folder; a partial run shows its full run's history and never
     * changes it.
     */
    public static final String HISTORY_JSON = "traceability-history.json";

    /** The file names, in the order {@link #render} returns them. */
    public static final List<String> FILE_NAMES = List.of(MATRIX_JSON, TEST_REPORT_JSON, MARKDOWN, HTML, HISTORY_JSON);

    private TraceabilityReports() {
    }

    /**
     * The files' contents by file name, in a fixed order, for files that go into the build root itself
     * (the HTML page's spec links are the spec paths as they are).
     */
    public static Map<String, String> render(TraceabilityMatrix matrix) {
        return render(matrix, SpecLinks.inBuildRoot(), RunTrend.alone(matrix));
    }

    /**
     * The files' contents by file name, in a fixed order, for files that go into {@code directory}: the
     * HTML page links each spec file:line relative to that folder, to the spec files under {@code buildRoot}.
     */
    public static Map<String, String> render(TraceabilityMatrix matrix, Path directory, Path buildRoot) {
        Preconditions.notNull(directory, "directory");
        Preconditions.notNull(buildRoot, "buildRoot");
        return render(matrix, directory, buildRoot, ReportOptions.defaults());
    }

    /**
     * The files' contents by file name, in a fixed order, for files that go into {@code directory}, as
     * {@code options} ask (spec links, comparison, history; the earlier run is read from its folder now).
     */
    public static Map<String, String> render(TraceabilityMatrix matrix, Path directory, Path buildRoot,
            ReportOptions options) {
        Preconditions.notNull(directory, "directory");
        Preconditions.notNull(buildRoot, "buildRoot");
        Preconditions.notNull(options, "options");
        return render(matrix, links(directory, buildRoot, options), RunTrend.of(matrix, directory, options));
    }

    private static Map<String, String> render(TraceabilityMatrix matrix, SpecLinks links, RunTrend trend) {
        Map<String, String> files = new LinkedHashMap<>();
        renderers(matrix, links, trend).forEach((name, renderer) -> files.put(name, renderer.get()));
        return files;
    }

    private static SpecLinks links(Path directory, Path buildRoot, ReportOptions options) {
        return options.sourceUrl() != null ? SpecLinks.remote(options.sourceUrl())
                : SpecLinks.from(directory, buildRoot);
    }

    /** One renderer per file, in a fixed order; the data they share is computed once. */
    private static Map<String, Supplier<String>> renderers(TraceabilityMatrix matrix, SpecLinks links,
            RunTrend trend) {
        Preconditions.notNull(matrix, "matrix");
        Map<String, List<String>> idsByTest = MatrixJsonWriter.requirementIdsByTest(matrix);
        ReportFacts facts = new ReportFacts(matrix, idsByTest);
        Map<String, Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put(MATRIX_JSON, () -> MatrixJsonWriter.render(matrix, idsByTest));
        renderers.put(TEST_REPORT_JSON, () -> TestReportJsonWriter.render(matrix));
        renderers.put(MARKDOWN, () -> MarkdownReportWriter.render(matrix, facts, trend));
        renderers.put(HTML, () -> HtmlReportWriter.render(matrix, links, facts, trend));
        renderers.put(HISTORY_JSON, trend::historyJson);
        return renderers;
    }

    /**
     * Writes the report files into {@code directory} as one set; returns their paths. The spec paths of the matrix
     * are taken as relative to the working directory; see {@link #writeAll(TraceabilityMatrix, Path, Path)}.
     */
    public static List<Path> writeAll(TraceabilityMatrix matrix, Path directory) {
        return writeAll(matrix, directory, Path.of(""));
    }

    /**
     * Writes the report files into {@code directory} as one set; returns their paths. The matrix's spec paths are
     * relative to {@code buildRoot}; the HTML page links them relative to {@code directory}.
     */
    public static List<Path> writeAll(TraceabilityMatrix matrix, Path directory, Path buildRoot) {
        return writeAll(matrix, directory, buildRoot, Map.of());
    }

    /**
     * Writes the report files and {@code extraFiles} (such as a gate's SARIF log, by file name) into
     * {@code directory} as one set: a reader, or a JVM killed at any moment, sees all files of the previous set
     * or all of this one, never a mix. The files are links into a fresh folder ({@code .sets/...}) through one
     * link ({@code .current}) that is switched by an atomic rename; leftovers of killed runs are removed first.
     * A name the new set lacks disappears with the old set. Returns the paths of the files, in the folder.
     */
    public static List<Path> writeAll(TraceabilityMatrix matrix, Path directory, Path buildRoot,
            Map<String, Supplier<String>> extraFiles) {
        return writeAll(matrix, directory, buildRoot, extraFiles, ReportOptions.defaults());
    }

    /**
     * Writes the files and {@code extraFiles} into {@code directory} as one set, as
     * {@link #writeAll(TraceabilityMatrix, Path, Path, Map)} does, with spec links, the comparison with an earlier
     * run and the coverage history as {@code options} ask. The earlier run and the history are read before the new
     * set replaces them.
     */
    public static List<Path> writeAll(TraceabilityMatrix matrix, Path directory, Path buildRoot,
            Map<String, Supplier<String>> extraFiles, ReportOptions options) {
        Preconditions.notNull(directory, "directory");
        Preconditions.notNull(buildRoot, "buildRoot");
        Preconditions.notNull(extraFiles, "extraFiles");
        Preconditions.notNull(options, "options");
        // rendered one file at a time: only one is held in memory (tens of MB for 100,000 tests)
        Map<String, Supplier<String>> files = renderers(matrix, links(directory, buildRoot, options),
                RunTrend.of(matrix, directory, options));
        files.putAll(extraFiles);
        return new ReportSetFolder(directory).write(files);
    }

    /**
     * Removes the report set in {@code directory} as a whole (the files named {@code names}, usually
     * {@link #FILE_NAMES} plus any extra files), e.g. a partial run's reports once a full run replaced them.
     */
    public static void deleteAll(Path directory, List<String> names) {
        Preconditions.notNull(directory, "directory");
        new ReportSetFolder(directory).delete(names);
    }
}
