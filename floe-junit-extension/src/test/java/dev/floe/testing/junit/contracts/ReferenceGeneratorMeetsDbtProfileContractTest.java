package dev.floe.testing.junit.contracts;

import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileGenerator;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfiles;

/** The reference generator plugged into the contract, as a package would plug in its own. */
class ReferenceGeneratorMeetsDbtProfileContractTest implements DbtProfileGeneratorContract {

    @Override
    public DbtProfileGenerator generator() {
        return DbtProfiles.generator(profileName());
    }
}
