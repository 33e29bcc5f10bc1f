package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.spec.Feature;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.SpecProblem;

/** What one spec file yielded: its feature, its requirements in file order, and its problems. */
@API(status = INTERNAL, since = "0.1.0")
public record ParsedSpec(Feature feature, List<Requirement> requirements, List<SpecProblem> problems) {

    public ParsedSpec {
        requirements = List.copyOf(requirements);
        problems = List.copyOf(problems);
    }
}
