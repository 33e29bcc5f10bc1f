package dev.floe.examples.dbt;

import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileGenerator;
import dev.floe.testing.junit.contracts.DbtProfileGeneratorContract;
import dev.floe.testing.junit.traceability.Covers;

/**
 * floe-dbt's generator plugged into the library's contract: every required key for all seven
 * targets (standalone and production), no inline credential, deterministic output.
 */
@Covers({ "102-FR-001", "102-FR-002" })
class FloeDbtProfilesContractTest implements DbtProfileGeneratorContract {

    @Override
    public DbtProfileGenerator generator() {
        return artifacts -> FloeDbtProfiles.profilesYaml(artifacts.toJson(), profileName());
    }
}
