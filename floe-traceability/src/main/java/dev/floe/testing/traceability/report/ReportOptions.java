package dev.floe.testing.traceability.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.report.internal.ShouldBeBrowseUrl;

/**
 * How a report set is written beyond the matrix itself: where spec links point, what the run is compared with,
 * and where the coverage history comes from.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.defaults()
 *         .withSourceUrl("https://github.com/floe-dev/floe-testing/blob/main")   // spec links open the repository
 *         .withComparedTo(Path.of("baseline/traceability-matrix.json"));         // changes against the ratchet's baseline
 * TraceabilityReports.writeAll(matrix, outDir, buildRoot, Map.of(), options);
 * }</pre>
 *
 * @param sourceUrl     where spec files are browsed, e.g. {@code https://github.com/org/repo/blob/main}: a spec link
 *                      is {@code <sourceUrl>/<spec path>#L<line>}, or the URL with {@code {path}} and {@code {line}}
 *                      replaced when it holds them; {@code null} links the local files, relative to the page
 * @param comparedTo    a {@code traceability-matrix.json} (e.g. the ratchet's baseline) whose statuses and texts each
 *                      requirement's change is shown against; {@code null} compares with the previous full run's
 *                      matrix in {@code historyFolder}
 * @param historyFolder the folder holding the previous full run's reports and coverage history, read before the new
 *                      set replaces them; {@code null} for the folder the set is written to (a partial run names its
 *                      full run's folder: it reads that history but never writes it)
 * @param suspects      ids of requirements whose text changed since their test links were confirmed (suspect links)
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ReportOptions(String sourceUrl, Path comparedTo, Path historyFolder, Set<String> suspects) {

    private static final Pattern SOURCE_URL = Pattern.compile("(https?|file)://[^\\s@]+");

    /**
     * Copies the set, sorted.
     *
     * @throws IllegalArgumentException when {@code sourceUrl} is not an http(s) or file URL, or holds credentials
     */
    public ReportOptions {
        if (sourceUrl != null && !SOURCE_URL.matcher(sourceUrl).matches()) {
            throw new IllegalArgumentException(ShouldBeBrowseUrl.shouldBeBrowseUrl(sourceUrl,
                    "ReportOptions.sourceUrl (--source-url, Maven: floe.traceability.source-url)"));
        }
        suspects = Set.copyOf(new TreeSet<>(suspects == null ? Set.of() : suspects));
    }

    /** Local spec links, compared with the previous full run in the set's own folder. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null, null, Set.of());
    }

    /** These options with spec links into {@code url} ({@code null} for local links). */
    public ReportOptions withSourceUrl(String url) {
        return new ReportOptions(url == null || url.isBlank() ? null : url.strip(), comparedTo, historyFolder, suspects);
    }

    /** These options comparing with the matrix file {@code matrixJson} (e.g. a baseline). */
    public ReportOptions withComparedTo(Path matrixJson) {
        return new ReportOptions(sourceUrl, matrixJson, historyFolder, suspects);
    }

    /** These options reading the previous full run and the history from {@code folder}. */
    public ReportOptions withHistoryFolder(Path folder) {
        return new ReportOptions(sourceUrl, comparedTo, Preconditions.notNull(folder, "folder"), suspects);
    }

    /** These options marking {@code ids} as suspect (text changed since the links were confirmed). */
    public ReportOptions withSuspects(Set<String> ids) {
        return new ReportOptions(sourceUrl, comparedTo, historyFolder, ids);
    }
}
