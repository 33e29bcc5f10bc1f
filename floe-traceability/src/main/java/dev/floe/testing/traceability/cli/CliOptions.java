package dev.floe.testing.traceability.cli;

import dev.floe.testing.traceability.cli.internal.ShouldBeKnownOption;
import dev.floe.testing.traceability.cli.internal.ShouldBeValidOptionValue;
import dev.floe.testing.traceability.cli.internal.ShouldHaveOptionValue;
import dev.floe.testing.traceability.cli.internal.ShouldHaveRequiredOption;
import dev.floe.testing.traceability.cli.internal.ShouldNotCombineOptions;
import dev.floe.testing.traceability.report.internal.ShouldBeBrowseUrl;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The parsed command line of {@link TraceabilityCli}. */
final class CliOptions {

    static final String USAGE = String.join("\n",
            "Usage: TraceabilityCli [options] [input ...]",
            "Merges traceability matrices (or folders holding them, or result fragments), writes every report",
            "format and gates the build. Exit codes: 0 passed, 1 gate failed, 2 bad input.",
            "  --root DIR              build root holding specs/ (default: found from the working directory)",
            "  --specs GLOBS           spec globs relative to the root (default specs/**/spec.md)",
            "  --out DIR               where reports go (default <root>/target/floe-traceability-merged)",
            "  --exclusions FILE       exclusions file (default <root>/specs/traceability-exclusions.json)",
            "  --default-feature NNN   feature that spec-local ids resolve against first",
            "  --classes DIR           compiled test classes to scan for @Covers tests that did not run (repeatable;",
            "                          default: each module's target/test-classes beside its matrix)",
            "  --classpath PATHS       jars and folders (separated by " + File.pathSeparator + ", repeatable) read only for the",
            "                          interfaces and superclasses scanned tests inherit, e.g. a library's contract tests",
            "  --no-discovery          do not scan compiled test classes",
            "  --tolerate-bad-inputs   leave out unreadable inputs (listed as problems) instead of exiting 2",
            "  --feature NNN           show and gate one feature",
            "  --package NAME          show and gate one package (the module that ran the tests)",
            "  --min-coverage N        minimum coverage %, overall; NNN=N for a feature, P1=N for a priority (repeatable)",
            "  --allow-skipped         let skipped and aborted tests pass the gate (default: they fail it)",
            "  --baseline FILE         ratchet: fail when a requirement covered in FILE (a matrix) is no longer",
            "  --print-delta           print only the pull-request delta against --baseline as Markdown (newly covered,",
            "                          failing, uncovered, not run); it is also written to traceability-delta.md",
            "  --lock FILE             lock file of requirement fingerprints (default <root>/specs/traceability.lock.json)",
            "  --confirm-links [IDS]   write the current fingerprints of all (or the comma-separated) requirements",
            "  --warn-suspect          report suspect links without failing the gate",
            "  --source-url URL        spec links of index.html open URL/<spec path>#L<line> (a repository browse URL,",
            "                          e.g. https://github.com/org/repo/blob/main) instead of the local files",
            "  --help                  this text");

    Path root;
    String specs;
    Path out;
    Path exclusions;
    String defaultFeature;
    final List<Path> classes = new ArrayList<>();
    final List<Path> classpath = new ArrayList<>();
    boolean discovery = true;
    boolean tolerant;
    String feature;
    String module;
    Double minCoverage;
    final Map<String, Double> minimums = new LinkedHashMap<>();
    boolean allowSkipped;
    Path baseline;
    Path lock;
    boolean printDelta;
    boolean confirm;
    final List<String> confirmIds = new ArrayList<>();
    boolean warnSuspect;
    String sourceUrl;
    boolean help;
    final List<Path> inputs = new ArrayList<>();

    private static String sourceUrl(String value, String option) {
        if (!value.strip().matches("(https?|file)://[^\\s@]+")) {
            throw new UsageException(ShouldBeBrowseUrl.shouldBeBrowseUrl(value, "the command line, option " + option));
        }
        return value.strip();
    }

    private static final String MIN_COVERAGE_FIX = "give a percentage from 0 to 100, alone or after a feature id or"
            + " priority: 80, 004=90 or P1=100";

    static CliOptions parse(String[] args) {
        CliOptions o = new CliOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--root" -> o.root = Path.of(value(args, ++i, arg));
                case "--specs" -> o.specs = value(args, ++i, arg);
                case "--out" -> o.out = Path.of(value(args, ++i, arg));
                case "--exclusions" -> o.exclusions = Path.of(value(args, ++i, arg));
                case "--default-feature" -> o.defaultFeature = featureId(value(args, ++i, arg), arg);
                case "--classes" -> o.classes.add(Path.of(value(args, ++i, arg)));
                case "--classpath" -> {
                    for (String entry : value(args, ++i, arg).split(Pattern.quote(File.pathSeparator))) {
                        if (!entry.isBlank()) {
                            o.classpath.add(Path.of(entry.strip()));
                        }
                    }
                }
                case "--no-discovery" -> o.discovery = false;
                case "--tolerate-bad-inputs" -> o.tolerant = true;
                case "--feature" -> o.feature = featureId(value(args, ++i, arg), arg);
                case "--package" -> o.module = value(args, ++i, arg);
                case "--min-coverage" -> o.threshold(value(args, ++i, arg));
                case "--allow-skipped" -> o.allowSkipped = true;
                case "--baseline" -> o.baseline = Path.of(value(args, ++i, arg));
                case "--print-delta" -> o.printDelta = true;
                case "--lock" -> o.lock = Path.of(value(args, ++i, arg));
                case "--confirm-links" -> {
                    o.confirm = true;
                    if (i + 1 < args.length && !args[i + 1].startsWith("--") && args[i + 1].matches("[0-9A-Za-z,-]+")
                            && args[i + 1].contains("FR-")) {
                        for (String id : args[++i].split(",")) {
                            o.confirmIds.add(id.strip());
                        }
                    }
                }
                case "--warn-suspect" -> o.warnSuspect = true;
                case "--source-url" -> o.sourceUrl = sourceUrl(value(args, ++i, arg), arg);
                case "--help", "-h" -> o.help = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException(ShouldBeKnownOption.shouldBeKnownOption(arg));
                    }
                    o.inputs.add(Path.of(arg));
                }
            }
        }
        if (o.feature != null && o.module != null) {
            throw new UsageException(ShouldNotCombineOptions.shouldNotCombineOptions("--feature", "--package"));
        }
        if (o.printDelta && o.baseline == null) {
            throw new UsageException(ShouldHaveRequiredOption.shouldHaveRequiredOption("--print-delta", "--baseline FILE",
                    "the matrix to compare with, e.g. the default branch's traceability-matrix.json"));
        }
        return o;
    }

    private void threshold(String text) {
        int eq = text.indexOf('=');
        String key = eq < 0 ? null : text.substring(0, eq).strip();
        String number = eq < 0 ? text : text.substring(eq + 1);
        if (key != null && !key.matches("\\d{3}|P[1-3]")) {
            throw new UsageException(ShouldBeValidOptionValue.shouldBeValidOptionValue("--min-coverage", text,
                    "a percentage, or a feature id (e.g. 004) or a priority (P1, P2, P3), '=' and a percentage",
                    "'" + key + "' before '=' is neither a feature id nor a priority", MIN_COVERAGE_FIX));
        }
        double value;
        try {
            value = Double.parseDouble(number.strip().replaceFirst("%$", ""));
        }
        catch (NumberFormatException e) {
            throw new UsageException(ShouldBeValidOptionValue.shouldBeValidOptionValue("--min-coverage", text,
                    "a percentage from 0 to 100, e.g. 80, 004=90 or P1=100", "not a number", MIN_COVERAGE_FIX));
        }
        if (Double.isNaN(value) || value < 0 || value > 100) {
            throw new UsageException(ShouldBeValidOptionValue.shouldBeValidOptionValue("--min-coverage", text,
                    "a percentage from 0 to 100, e.g. 80, 004=90 or P1=100", number.strip() + " is out of range",
                    MIN_COVERAGE_FIX));
        }
        if (key == null) {
            minCoverage = value;
        }
        else {
            minimums.put(key, value);
        }
    }

    private static String featureId(String value, String option) {
        if (!value.matches("\\d{3}")) {
            throw new UsageException(ShouldBeValidOptionValue.shouldBeValidOptionValue(option, value,
                    "a feature id: three digits, e.g. 004", null, "give the feature's three-digit id, e.g. 004"));
        }
        return value;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(ShouldHaveOptionValue.shouldHaveOptionValue(option, i < args.length ? args[i] : null));
        }
        return args[i];
    }
}
