package dev.floe.testing.junit.contracts;

import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** The floe-testing model plugged into the reader contract. */
@Covers("004-FR-029")
class ReferenceModelMeetsReaderContractTest implements CompiledArtifactsReaderContract {

    @Override
    public String roundTrip(String json) {
        return CompiledArtifacts.parse(json).toJson();
    }
}
