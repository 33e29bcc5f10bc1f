package dev.floe.testing.traceability.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.floe.testing.common.internal.AtomicFiles;
import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * Renders a {@link TraceabilityMatrix} as the four report files and writes them atomically.
 *
 * <p>The files: {@value #MATRIX_JSON}, {@value #TEST_REPORT_JSON}, {@value #MARKDOWN} and {@value #HTML}.
 * The same matrix gives the same bytes but for its {@code generatedAt} timestamp.
 *
 * @since 0.1.0
 */
public final class TraceabilityReports {

    /** The matrix, valid against the extended TraceabilityMatrix contract. */
    public static final String MATRIX_JSON = "traceability-matrix.json";

    /** The CI report, valid against the extended TraceabilityReport contract. */
    public static final String TEST_REPORT_JSON = "test-report.json";

    /** A Markdown summary that fits a CI job summary. */
    public static final String MARKDOWN = "traceability.md";

    /** One self-contained HTML page. */
    public static final String HTML = "index.html";

    /** The four file names, in the order {@link #render} returns them. */
    public static final List<String> FILE_NAMES = List.of(MATRIX_JSON, TEST_REPORT_JSON, MARKDOWN, HTML);

    private TraceabilityReports() {
    }

    /**
     * The four files' contents by file name, in a fixed order, for files that go into the build root itself
     * (the HTML page's spec links are the spec paths as they are).
     */
    public static Map<String, String> render(TraceabilityMatrix matrix) {
        return render(matrix, SpecLinks.inBuildRoot());
    }

    /**
     * The four files' contents by file name, in a fixed order, for files that go into {@code directory}: the
     * HTML page links each spec file:line relative to that folder, to the spec files under {@code buildRoot}.
     */
    public static Map<String, String> render(TraceabilityMatrix matrix, Path directory, Path buildRoot) {
        Preconditions.notNull(directory, "directory");
        Preconditions.notNull(buildRoot, "buildRoot");
        return render(matrix, SpecLinks.from(directory, buildRoot));
    }

    private static Map<String, String> render(TraceabilityMatrix matrix, SpecLinks links) {
        Map<String, String> files = new LinkedHashMap<>();
        renderers(matrix, links).forEach((name, renderer) -> files.put(name, renderer.get()));
        return files;
    }

    /** One renderer per file, in a fixed order; the data they share is computed once. */
    private static Map<String, Supplier<String>> renderers(TraceabilityMatrix matrix, SpecLinks links) {
        Preconditions.notNull(matrix, "matrix");
        Map<String, List<String>> idsByTest = MatrixJsonWriter.requirementIdsByTest(matrix);
        Map<String, Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put(MATRIX_JSON, () -> MatrixJsonWriter.render(matrix, idsByTest));
        renderers.put(TEST_REPORT_JSON, () -> TestReportJsonWriter.render(matrix));
        renderers.put(MARKDOWN, () -> MarkdownReportWriter.render(matrix));
        renderers.put(HTML, () -> HtmlReportWriter.render(matrix, links, idsByTest));
        return renderers;
    }

    /**
     * Writes the four files into {@code directory}, each atomically; returns their paths. The spec paths of
     * the matrix are taken as relative to the working directory; see {@link #writeAll(TraceabilityMatrix, Path, Path)}.
     */
    public static List<Path> writeAll(TraceabilityMatrix matrix, Path directory) {
        return writeAll(matrix, directory, Path.of(""));
    }

    /**
     * Writes the four files into {@code directory}, each atomically; returns their paths. The matrix's spec
     * paths are relative to {@code buildRoot}; the HTML page links them relative to {@code directory}.
     */
    public static List<Path> writeAll(TraceabilityMatrix matrix, Path directory, Path buildRoot) {
        Preconditions.notNull(directory, "directory");
        Preconditions.notNull(buildRoot, "buildRoot");
        // one file at a time: only one rendered file is held in memory (tens of MB for 100,000 tests)
        List<Path> written = new ArrayList<>();
        renderers(matrix, SpecLinks.from(directory, buildRoot)).forEach((name, renderer) -> {
            Path target = directory.resolve(name);
            AtomicFiles.writeString(target, renderer.get());
            written.add(target);
        });
        return List.copyOf(written);
    }
}
