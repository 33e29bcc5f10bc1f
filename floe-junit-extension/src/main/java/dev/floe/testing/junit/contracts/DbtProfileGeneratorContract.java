package dev.floe.testing.junit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileCheck;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.apiguardian.api.API;

/**
 * The contract every dbt profile generator meets, for all seven compute targets: a test class
 * implements this interface, returns its generator, and inherits the tests.
 *
 * <p>The contract's tests carry no requirement ids: the implementing class puts {@code @Covers} with
 * the ids of its own package's spec on itself, and every inherited test traces to them.
 *
 * <pre>{@code
 * @Covers({"102-FR-001", "102-FR-002"}) // your spec's requirements
 * class MyProfileGeneratorTest implements DbtProfileGeneratorContract {
 *     @Override
 *     public DbtProfileGenerator generator() {
 *         return artifacts -> MyGenerator.profilesYaml(artifacts);
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface DbtProfileGeneratorContract {

    /** The generator under test. */
    DbtProfileGenerator generator();

    /** The profile name the generator writes; default {@code floe}. */
    default String profileName() {
        return "floe";
    }

    /** The artifacts the contract feeds the generator; override to change compilation time or version. */
    default CompiledArtifactsFactory artifactsFactory() {
        return CompiledArtifactsFactory.create();
    }

    /** Standalone and production artifacts give a profile with every key the target's dbt adapter requires. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    default void writesEveryKeyTheAdapterRequires(ComputeTarget target) {
        for (ArtifactsVariant variant : List.of(ArtifactsVariant.STANDALONE, ArtifactsVariant.PRODUCTION)) {
            CompiledArtifacts artifacts = artifactsFactory().artifacts(target, variant);
            List<String> violations = DbtProfileCheck.violations(generator().generate(artifacts), artifacts,
                    profileName()).stream()
                    .filter(v -> !isSecretViolation(v))
                    .collect(Collectors.toList());
            if (!violations.isEmpty()) {
                fail("dbt profile for " + target.value() + " (" + variant.name().toLowerCase(java.util.Locale.ROOT)
                        + ") breaks the dbt-" + target.value() + " contract:\n  - " + String.join("\n  - ", violations));
            }
        }
    }

    /** Credentials are {@code env_var} references to the variable floe resolves the secret from, never inline. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    default void neverInlinesASecret(ComputeTarget target) {
        CompiledArtifacts artifacts = artifactsFactory().artifacts(target, ArtifactsVariant.PRODUCTION);
        List<String> violations = DbtProfileCheck.violations(generator().generate(artifacts), artifacts, profileName())
                .stream().filter(DbtProfileGeneratorContract::isSecretViolation).collect(Collectors.toList());
        if (!violations.isEmpty()) {
            fail("dbt profile for " + target.value() + " exposes a credential:\n  - " + String.join("\n  - ", violations));
        }
    }

    /** The same artifacts give the same profile: generation is deterministic. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    default void isDeterministic(ComputeTarget target) {
        CompiledArtifacts artifacts = artifactsFactory().artifacts(target, ArtifactsVariant.FULL);
        assertEquals(generator().generate(artifacts), generator().generate(artifacts),
                "two profiles generated from the same artifacts differ");
    }

    private static boolean isSecretViolation(String violation) {
        return DbtProfileCheck.SECRET_KEYS.stream()
                .anyMatch(key -> violation.contains("." + key + " holds an inline value")
                        || violation.contains("." + key + " reads env_var("));
    }
}
