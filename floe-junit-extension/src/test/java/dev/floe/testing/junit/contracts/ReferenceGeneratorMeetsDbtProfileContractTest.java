package dev.floe.testing.junit.contracts;

import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileGenerator;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfiles;
import dev.floe.testing.junit.traceability.Covers;

/** The reference generator plugged into the contract, as a package would plug in its own. */
@Covers({ "004-FR-027", "004-FR-028" })
class ReferenceGeneratorMeetsDbtProfileContractTest implements DbtProfileGeneratorContract {

    @Override
    public DbtProfileGenerator generator() {
        return DbtProfiles.generator(profileName());
    }
}
