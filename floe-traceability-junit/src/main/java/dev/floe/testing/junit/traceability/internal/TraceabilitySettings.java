package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.TraceabilityKeys;
import dev.floe.testing.traceability.matrix.SpecSet;

/**
 * The resolved configuration of one test plan's traceability.
 *
 * @param enabled          whether to record at all
 * @param workingDir       the working directory (the module folder under Maven)
 * @param buildRoot        the build root (spec files and test paths are relative to it)
 * @param outputDir        where the reports go
 * @param exclusionsFile   the exclusions file
 * @param exclusionsConfiguredBy the key and source that name the exclusions file, or {@code null} for the default
 *                         place (where a missing file means no exclusions)
 * @param defaultFeature   the feature spec-local ids resolve against first, or {@code null}
 * @param module           the module name written for each test
 * @param runId            the run id
 * @param partialDetection how partial runs are detected
 * @param specs            loads the specs when the matrix is built
 * @param sourceUrl        where the report's spec links point, or {@code null} for the local files
 */
@API(status = INTERNAL, since = "0.1.0")
public record TraceabilitySettings(boolean enabled, Path workingDir, Path buildRoot, Path outputDir,
        Path exclusionsFile, String exclusionsConfiguredBy, String defaultFeature, String module, String runId,
        PartialDetection partialDetection, Supplier<SpecSet> specs, String sourceUrl) {

    private static final Pattern SOURCE_URL = Pattern.compile("(https?|file)://[^\s@]+");

    private static final Pattern FEATURE = Pattern.compile("\\d{3}");

    /** Settings from {@code configuration}; ill-formed values throw {@link ConfigurationException} naming the key. */
    public static TraceabilitySettings from(FloeConfiguration configuration, Path workingDir, SpecSource source) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        boolean enabled = configuration.getBoolean(TraceabilityKeys.ENABLED, true);
        Path root = source.buildRoot(configuration, cwd);
        Path output = cwd.resolve(configuration.getString(TraceabilityKeys.OUTPUT_DIR, "target/floe-traceability"))
                .normalize();
        Path exclusions = root.resolve(configuration.getString(TraceabilityKeys.EXCLUSIONS,
                "specs/traceability-exclusions.json")).normalize();
        String exclusionsConfiguredBy = configuration.lookup(TraceabilityKeys.EXCLUSIONS)
                .map(v -> v.key() + " (from " + v.source() + ")").orElse(null);
        String feature = configuration.lookup(TraceabilityKeys.DEFAULT_FEATURE).map(v -> {
            if (!FEATURE.matcher(v.value()).matches()) {
                throw FloeConfiguration.invalid(v, "expected a three-digit feature id like 004");
            }
            return v.value();
        }).orElse(null);
        String module = configuration.getString(TraceabilityKeys.MODULE,
                cwd.getFileName() == null ? "root" : cwd.getFileName().toString());
        String runId = configuration.getString(TraceabilityKeys.RUN_ID).orElseGet(RunIds::current);
        PartialDetection detection = configuration.getEnum(TraceabilityKeys.PARTIAL_DETECTION,
                PartialDetection.class, PartialDetection.AUTO);
        String sourceUrl = configuration.lookup(TraceabilityKeys.SOURCE_URL).map(v -> {
            if (!SOURCE_URL.matcher(v.value().strip()).matches()) {
                throw FloeConfiguration.invalid(v, "expected a repository browse URL without credentials, like"
                        + " https://github.com/org/repo/blob/main");
            }
            return v.value().strip();
        }).orElse(null);
        return new TraceabilitySettings(enabled, cwd, root, output, exclusions, exclusionsConfiguredBy, feature, module,
                runId, detection, () -> source.load(configuration, cwd), sourceUrl);
    }
}
