package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.spec.Feature;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecProblem;

/**
 * The requirements the matrix is built against, with where they were looked for.
 *
 * @param searched     where specs were looked for, e.g. {@code specs/**}{@code /spec.md under /repo}, named
 *                     in the error when nothing is found
 * @param specFiles    the spec files read, relative to the build root with {@code /}
 * @param requirements every requirement read
 * @param problems     what could not be read, one line each, e.g. {@code specs/002-x/spec.md:14: ...}
 * @param error        why the specs could not be used at all (e.g. the parser's message), or {@code null}
 * @param specErrors   errors on single requirements that fail the gate while the rest reports normally (an id
 *                     defined twice), one line each as in {@code problems}, which lists them too
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record SpecSet(String searched, List<String> specFiles, List<Requirement> requirements,
        List<String> problems, String error, List<String> specErrors) {

    public SpecSet {
        Objects.requireNonNull(searched, "searched");
        specFiles = List.copyOf(specFiles);
        requirements = List.copyOf(requirements);
        problems = List.copyOf(problems);
        specErrors = List.copyOf(specErrors);
    }

    /** Specs that were read or could not be used ({@code error}), without errors on single requirements. */
    public SpecSet(String searched, List<String> specFiles, List<Requirement> requirements, List<String> problems,
            String error) {
        this(searched, specFiles, requirements, problems, error, List.of());
    }

    /** Specs that were read, with the problems found in them. */
    public SpecSet(String searched, List<String> specFiles, List<Requirement> requirements, List<String> problems) {
        this(searched, specFiles, requirements, problems, null);
    }

    /** The specs of {@code catalog}; {@code searched} says where they were looked for. */
    public static SpecSet of(SpecCatalog catalog, String searched) {
        return new SpecSet(searched, catalog.features().stream().map(Feature::specFile).sorted().toList(),
                catalog.requirements(), catalog.problems().stream().map(SpecProblem::toString).toList(), null,
                catalog.errors().stream().map(SpecProblem::toString).toList());
    }

    /** No usable specs, for {@code error} (which should say where it looked). */
    public static SpecSet failed(String searched, String error) {
        return new SpecSet(searched, List.of(), List.of(), List.of(), Objects.requireNonNull(error, "error"));
    }
}
