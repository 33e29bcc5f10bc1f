package dev.floe.testing.junit.contracts;

import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;

/** The floe-testing model plugged into the reader contract. */
class ReferenceModelMeetsReaderContractTest implements CompiledArtifactsReaderContract {

    @Override
    public String roundTrip(String json) {
        return CompiledArtifacts.parse(json).toJson();
    }
}
