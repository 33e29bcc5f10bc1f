package dev.floe.testing.traceability.spec;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.apiguardian.api.API;

/**
 * The requirements of all specs of a build, as read by {@link SpecParser}: immutable, sorted, with
 * the problems found while reading and the lookups that {@code @Covers} ids need.
 *
 * <pre>{@code
 * SpecCatalog catalog = SpecParser.create().parse(buildRoot);
 * Optional<Requirement> requirement = catalog.find("006-FR-024");
 * List<String> features = catalog.featuresDefining("FR-024");   // ["006"] when only 006 defines it
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class SpecCatalog {

    private final List<Feature> features;
    private final List<Requirement> requirements;
    private final List<SpecProblem> problems;
    private final List<SpecProblem> errors;
    private final Map<String, Feature> featuresById;
    private final Map<RequirementId, Requirement> byId;
    private final Map<String, List<String>> featuresByLocal;
    private final String searched;

    private SpecCatalog(Collection<Feature> features, Collection<Requirement> requirements,
            Collection<SpecProblem> problems, Collection<SpecProblem> errors, String searched) {
        this.searched = searched;
        this.errors = errors.stream().sorted().toList();
        this.features = features.stream().sorted().toList();
        this.requirements = requirements.stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        List<SpecProblem> all = new ArrayList<>(problems);
        all.addAll(errors);
        this.problems = all.stream().sorted().toList();
        this.featuresById = new LinkedHashMap<>();
        this.features.forEach(f -> featuresById.putIfAbsent(f.id(), f));
        this.byId = new HashMap<>();
        Map<String, List<String>> byLocal = new TreeMap<>();
        for (Requirement requirement : this.requirements) {
            byId.put(requirement.id(), requirement);
            byLocal.computeIfAbsent(requirement.id().local(), k -> new ArrayList<>()).add(requirement.id().feature());
        }
        byLocal.replaceAll((local, ids) -> List.copyOf(ids));
        this.featuresByLocal = byLocal;
    }

    /**
     * A catalog of the given parts, e.g. for tools and tests that build one without files.
     *
     * @throws SpecParseException when a requirement id is not feature-scoped, or two requirements have the same id
     */
    public static SpecCatalog of(Collection<Feature> features, Collection<Requirement> requirements,
            Collection<SpecProblem> problems) {
        return of(features, requirements, problems, List.of(), "(catalog given in code)");
    }

    static SpecCatalog of(Collection<Feature> features, Collection<Requirement> requirements,
            Collection<SpecProblem> problems, Collection<SpecProblem> idErrors, String searched) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(problems, "problems");
        Map<RequirementId, Requirement> seen = new HashMap<>();
        List<SpecProblem> errors = new ArrayList<>();
        for (Requirement requirement : requirements) {
            if (!requirement.id().isQualified()) {
                errors.add(new SpecProblem(requirement.specFile(), requirement.line(),
                        "requirement " + requirement.id() + " has no feature"));
                continue;
            }
            Requirement first = seen.putIfAbsent(requirement.id(), requirement);
            if (first != null) {
                errors.add(duplicate(first, requirement));
            }
        }
        if (!errors.isEmpty()) {
            throw SpecErrors.exception("Requirement ids must be unique within a feature", errors,
                    "each requirement id once per feature, each with its feature",
                    "give one of the two requirements a free id, or put the spec in a folder named NNN-name");
        }
        return new SpecCatalog(features, requirements, problems, List.copyOf(idErrors), searched);
    }

    static SpecProblem duplicate(Requirement first, Requirement second) {
        return new SpecProblem(second.specFile(), second.line(), "duplicate requirement id "
                + second.id().local() + " in feature " + second.id().feature() + ": defined at "
                + first.specFile() + ":" + first.line() + " and " + second.specFile() + ":" + second.line());
    }

    /**
     * Where the specs were looked for, for messages and reports: e.g.
     * {@code specs/**}{@code /spec.md under /home/me/project}.
     */
    public String searched() {
        return searched;
    }

    /** The spec files read, relative to the build root with {@code /}, sorted. */
    public List<String> specFiles() {
        return features.stream().map(Feature::specFile).sorted().toList();
    }

    /** The features, sorted by id. */
    public List<Feature> features() {
        return features;
    }

    /** The feature with the three-digit {@code id}, if a spec defines it. */
    public Optional<Feature> feature(String id) {
        return Optional.ofNullable(featuresById.get(id));
    }

    /** All requirements, sorted by feature, then id ({@code FR-006} before {@code FR-006a} before {@code FR-007}). */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** The requirements of one feature, sorted by id; empty for an unknown feature. */
    public List<Requirement> requirements(String featureId) {
        return requirements.stream().filter(r -> r.id().feature().equals(featureId)).toList();
    }

    /**
     * What looked like a requirement but could not be read, and the {@link #errors()}, sorted by file and line:
     * everything the reports list for the reader to fix.
     */
    public List<SpecProblem> problems() {
        return problems;
    }

    /**
     * The errors on single ids that must fail the gate while the rest of the catalog reports normally: a
     * requirement id defined twice in one feature, named with both places (the first definition is the one in
     * {@link #requirements()}). Also listed in {@link #problems()}.
     */
    public List<SpecProblem> errors() {
        return errors;
    }

    /** The requirement with the feature-scoped {@code id}; empty for a spec-local or unknown id. */
    public Optional<Requirement> find(RequirementId id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The requirement with the feature-scoped id written as {@code 006-FR-024}; empty otherwise. */
    public Optional<Requirement> find(String qualifiedId) {
        return RequirementId.parse(qualifiedId).filter(RequirementId::isQualified).flatMap(this::find);
    }

    /** The ids of the features that define the spec-local id {@code localId} ({@code FR-001}), sorted. */
    public List<String> featuresDefining(String localId) {
        return localId == null ? List.of() : featuresByLocal.getOrDefault(localId, List.of());
    }

    @Override
    public String toString() {
        return "SpecCatalog[" + features.size() + " features, " + requirements.size() + " requirements, "
                + problems.size() + " problems]";
    }
}
