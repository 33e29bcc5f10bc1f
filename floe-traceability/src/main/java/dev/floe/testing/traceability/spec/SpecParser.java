package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.traceability.spec.internal.MarkdownSpecReader;
import dev.floe.testing.traceability.spec.internal.ParsedSpec;
import dev.floe.testing.traceability.spec.internal.ShouldBeBuildRootFolder;
import dev.floe.testing.traceability.spec.internal.ShouldDefineRequirements;
import dev.floe.testing.traceability.spec.internal.ShouldFindBuildRoot;
import dev.floe.testing.traceability.spec.internal.ShouldFindSpecs;
import dev.floe.testing.traceability.spec.internal.SpecFiles;
import dev.floe.testing.traceability.spec.internal.SpecSettings;

/**
 * Finds the Markdown specs of a build ({@code specs/**}{@code /spec.md} by default) and reads their
 * requirements into a {@link SpecCatalog}.
 *
 * <p>A requirement is a list item whose text starts with a bold id: {@code - **FR-024**: The library
 * MUST ...}. The feature id comes from the spec's folder ({@code specs/006-integration-testing/spec.md}
 * is feature {@code 006}), the category from the nearest heading above the item, the priority from the
 * item or a heading above it ({@code (P1)}, {@code Priority: P1}), else {@code P2}. Mentions in prose,
 * tables, block quotes and code blocks are not requirements. What looks like a requirement but cannot be
 * read becomes a {@link SpecProblem}; an id defined twice in one feature is an error on that id alone
 * ({@link SpecCatalog#errors()}: reported with both places, failing the gate, while every other requirement is
 * read as usual); no spec found or no requirement in any spec is a {@link SpecParseException}, the only exception
 * this class throws.
 *
 * <pre>{@code
 * SpecParser parser = SpecParser.fromConfiguration(key -> Optional.empty());
 * SpecCatalog catalog = parser.parse(parser.findBuildRoot(Path.of("")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class SpecParser {

    /**
     * Where the specs are: one or more globs, comma-separated, relative to the build root with {@code /}.
     * Default {@value #DEFAULT_SPECS}. Environment variable {@code FLOE_TRACEABILITY_SPECS}.
     */
    public static final String SPECS_KEY = "floe.traceability.specs";

    /** The default of {@link #SPECS_KEY}: {@value}. */
    public static final String DEFAULT_SPECS = "specs/**/spec.md";

    /**
     * The build root that spec globs are relative to, absolute or relative to the working directory.
     * Default: the nearest folder, from the working directory up, that contains the globs' fixed folder
     * ({@code specs}). Environment variable {@code FLOE_TRACEABILITY_ROOT}.
     */
    public static final String ROOT_KEY = "floe.traceability.root";

    private final List<String> globs;
    private final Path root;

    private SpecParser(List<String> globs, Path root) {
        this.globs = List.copyOf(globs);
        this.root = root;
    }

    /** A parser with the default glob {@value #DEFAULT_SPECS} and the build root found from the working directory. */
    public static SpecParser create() {
        return new SpecParser(List.of(DEFAULT_SPECS), null);
    }

    /**
     * A parser configured by {@link #SPECS_KEY} and {@link #ROOT_KEY}, looked up as system property, then
     * environment variable, then in {@code junitParameters} (e.g. {@code ExtensionContext::getConfigurationParameter}).
     *
     * @throws SpecParseException when a configured value is invalid, naming the key and where it was set
     */
    public static SpecParser fromConfiguration(Function<String, Optional<String>> junitParameters) {
        return SpecSettings.configure(FloeConfiguration.fromSystem(Objects.requireNonNull(junitParameters,
                "junitParameters")));
    }

    /**
     * This parser looking for specs matching {@code globs} instead: comma-separated globs relative to
     * the build root, with {@code /}, e.g. {@code "specs/**}{@code /spec.md,docs/specs/*.md"}.
     *
     * @throws SpecParseException when a glob is blank, absolute, climbs with {@code ..} or is not a glob
     */
    public SpecParser withSpecs(String globs) {
        Objects.requireNonNull(globs, "globs");
        List<String> checked = Arrays.stream(globs.split(","))
                .map(glob -> SpecFiles.checkGlob(glob, "withSpecs"))
                .distinct()
                .toList();
        return new SpecParser(checked, root);
    }

    /** This parser with a fixed build root instead of one found from the working directory. */
    public SpecParser withRoot(Path buildRoot) {
        return new SpecParser(globs, Objects.requireNonNull(buildRoot, "buildRoot").toAbsolutePath().normalize());
    }

    /** The globs this parser looks for, relative to the build root. */
    public List<String> specGlobs() {
        return globs;
    }

    /**
     * The build root: the configured one, else the nearest of {@code workingDirectory} and its parents that
     * contains the globs' fixed folder (e.g. {@code specs}).
     *
     * @throws SpecParseException when there is no such folder, saying where it looked
     */
    public Path findBuildRoot(Path workingDirectory) {
        if (root != null) {
            return root;
        }
        Path start = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
        List<String> fixed = globs.stream().map(SpecFiles::fixedPart).distinct().toList();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            for (String folder : fixed) {
                if (folder.isEmpty() || Files.isDirectory(dir.resolve(folder))) {
                    return dir;
                }
            }
        }
        throw new SpecParseException(ShouldFindBuildRoot.shouldFindBuildRoot(start, fixed, globs, ROOT_KEY));
    }

    /** Finds the build root from {@code workingDirectory} and parses the specs under it. */
    public SpecCatalog parseFrom(Path workingDirectory) {
        return parse(findBuildRoot(workingDirectory));
    }

    /**
     * Reads every spec under {@code buildRoot} that matches this parser's globs.
     *
     * @throws SpecParseException when no spec is found, no spec has a requirement, or a spec cannot be read
     *                            or tied to a feature (an id defined twice is one of {@link SpecCatalog#errors()})
     */
    public SpecCatalog parse(Path buildRoot) {
        Path absolute = Objects.requireNonNull(buildRoot, "buildRoot").toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new SpecParseException(ShouldBeBuildRootFolder.shouldBeBuildRootFolder(absolute, ROOT_KEY));
        }
        List<String> files = SpecFiles.find(absolute, globs);
        if (files.isEmpty()) {
            throw new SpecParseException(ShouldFindSpecs.shouldFindSpecs(globs, absolute, SPECS_KEY, ROOT_KEY));
        }
        List<ParsedSpec> specs = new ArrayList<>();
        List<SpecProblem> errors = new ArrayList<>();
        for (String file : files) {
            Optional<SpecFiles.FeatureFolder> feature = SpecFiles.featureOf(file);
            if (feature.isEmpty()) {
                errors.add(new SpecProblem(file, 0, "cannot tell the feature of this spec: put it in a folder"
                        + " named NNN-name, e.g. specs/006-integration-testing/spec.md"));
                continue;
            }
            String content = SpecFiles.read(absolute.resolve(file), file);
            specs.add(MarkdownSpecReader.read(file, feature.get().id(), feature.get().name(), content));
        }
        return assemble(specs, errors, String.join(", ", globs) + " under " + absolute);
    }

    /**
     * Joins the specs into one catalog, checking what only the whole can show: a feature defined by two
     * specs, no requirement at all (both thrown), an id defined twice (an error of the catalog). Package-visible for in-memory tests and fuzzing.
     */
    static SpecCatalog assemble(List<ParsedSpec> specs, List<SpecProblem> errorsSoFar, String whereLooked) {
        List<SpecProblem> errors = new ArrayList<>(errorsSoFar);
        List<SpecProblem> problems = new ArrayList<>();
        List<SpecProblem> idErrors = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        Map<String, Feature> featureById = new HashMap<>();
        Map<RequirementId, Requirement> byId = new HashMap<>();
        for (ParsedSpec spec : specs) {
            Feature other = featureById.putIfAbsent(spec.feature().id(), spec.feature());
            if (other != null) {
                errors.add(new SpecProblem(spec.feature().specFile(), 0, "feature " + spec.feature().id()
                        + " is also defined by " + other.specFile() + ": give each spec its own NNN- folder"));
                continue;
            }
            features.add(spec.feature());
            problems.addAll(spec.problems());
            if (spec.requirements().isEmpty()) {
                problems.add(new SpecProblem(spec.feature().specFile(), 0, "no requirement found in this spec:"
                        + " write list items such as '- **FR-001**: The library MUST ...'"));
            }
            for (Requirement requirement : spec.requirements()) {
                Requirement first = byId.putIfAbsent(requirement.id(), requirement);
                if (first != null) {
                    // an error on this id alone: the first definition stays, every other id reports as usual
                    SpecProblem duplicate = SpecCatalog.duplicate(first, requirement);
                    idErrors.add(new SpecProblem(duplicate.file(), duplicate.line(), duplicate.message()
                            + "; the first definition is kept, and the gate fails until one of them gets its own id"));
                }
                else {
                    requirements.add(requirement);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw SpecErrors.exception("Cannot build the requirement catalog from " + whereLooked, errors,
                    "each spec in its own folder named NNN-name, one spec per feature",
                    "do what each found line says, at the file and line it names");
        }
        if (requirements.isEmpty()) {
            List<String> files = features.stream().map(Feature::specFile).sorted().toList();
            throw new SpecParseException(ShouldDefineRequirements.shouldDefineRequirements(files, whereLooked,
                    problems.stream().sorted().limit(20).map(SpecProblem::toString).toList()),
                    problems.stream().sorted().toList());
        }
        return SpecCatalog.of(features, requirements, problems, idErrors, whereLooked);
    }
}
