package dev.floe.testing.junit.contracts;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileGenerator;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfiles;
import dev.floe.testing.junit.traceability.Covers;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class ContractTestsCatchBrokenImplementationsTest {

    @Test
    @Covers("004-FR-028")
    void failsEveryTargetWhoseGeneratorInlinesTheSecret() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(InlineSecretGeneratorTestCase.class, "neverInlinesASecret",
                        ComputeTarget.class.getName()))
                .execute().testEvents()
                .assertStatistics(stats -> stats.started(7).succeeded(2).failed(5))
                .assertThatEvents().haveExactly(1, event(displayName("POSTGRES"), finishedWithFailure(message(
                        "dbt profile for postgres exposes a credential:\n"
                                + "  - floe.outputs.prod.password holds an inline value: write it as"
                                + " \"{{ env_var('POSTGRES_CREDENTIALS') }}\""))));
    }

    @Test
    @Covers("004-FR-027")
    void failsATargetWhoseProfileLacksARequiredKey() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(NoSchemaForSnowflakeGeneratorTestCase.class, "writesEveryKeyTheAdapterRequires",
                        ComputeTarget.class.getName()))
                .execute().testEvents()
                .assertStatistics(stats -> stats.started(7).succeeded(6).failed(1))
                .assertThatEvents().haveExactly(1, event(displayName("SNOWFLAKE"), finishedWithFailure(message(
                        "dbt profile for snowflake (standalone) breaks the dbt-snowflake contract:\n"
                                + "  - floe.outputs.dev.schema is required by dbt-snowflake"))));
    }

    @Test
    @Covers("004-FR-029")
    void failsAReaderThatAcceptsUnknownFields() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(LenientReaderTestCase.class))
                .execute().testEvents()
                .assertStatistics(stats -> stats.started(14).succeeded(7).failed(7))
                .assertThatEvents().haveExactly(1, event(displayName("SPARK"), finishedWithFailure(message(
                        "The reader accepted an unknown field at $.compute.unexpected_field (spark);"
                                + " CompiledArtifacts v1.0.0 forbids extra fields."))));
    }

    static class InlineSecretGeneratorTestCase implements DbtProfileGeneratorContract {
        @Override
        public DbtProfileGenerator generator() {
            return artifacts -> DbtProfiles.generator("floe").generate(artifacts)
                    .replaceAll("\\{\\{ env_var\\('[A-Z_]+'\\) }}", "hunter2");
        }
    }

    static class NoSchemaForSnowflakeGeneratorTestCase implements DbtProfileGeneratorContract {
        @Override
        public DbtProfileGenerator generator() {
            return artifacts -> {
                String yaml = DbtProfiles.generator("floe").generate(artifacts);
                return artifacts.compute().target() == ComputeTarget.SNOWFLAKE
                        ? yaml.replaceAll("(?m)^\\s+schema: .*\\n", "") : yaml;
            };
        }
    }

    static class LenientReaderTestCase implements CompiledArtifactsReaderContract {
        @Override
        public String roundTrip(String json) {
            try {
                ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
                ((ObjectNode) tree.get("compute")).remove("unexpected_field");
                return CompiledArtifacts.parse(tree.toString()).toJson();
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
