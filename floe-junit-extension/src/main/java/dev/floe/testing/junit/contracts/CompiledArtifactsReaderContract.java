package dev.floe.testing.junit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.apiguardian.api.API;

/**
 * The contract every reader of CompiledArtifacts meets (a package's own model, possibly behind a
 * process call): it reads what floe writes for all seven targets and every variant, writes back an
 * equal document, and rejects unknown fields. A test class implements {@link #roundTrip(String)}.
 *
 * <p>The contract's tests carry no requirement ids: the implementing class puts {@code @Covers} with
 * the ids of its own package's spec on itself, and every inherited test traces to them.
 *
 * <pre>{@code
 * @Covers("107-FR-002") // your spec's requirement
 * class MyModelContractTest implements CompiledArtifactsReaderContract {
 *     @Override
 *     public String roundTrip(String json) {
 *         return MyModel.parse(json).toJson(); // throws on invalid input
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface CompiledArtifactsReaderContract {

    /**
     * Reads {@code json} with the package's model and writes it back.
     *
     * @throws RuntimeException when the model rejects the document
     */
    String roundTrip(String json);

    /** Every variant of every target reads and writes back to an equal JSON tree. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    default void readsAndWritesBackEveryVariant(ComputeTarget target) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (ArtifactsVariant variant : ArtifactsVariant.values()) {
            String written = CompiledArtifactsFactory.create().artifacts(target, variant).toJson();
            JsonNode back;
            try {
                back = json.readTree(roundTrip(written));
            }
            catch (RuntimeException e) {
                throw new AssertionError(dev.floe.testing.junit.internal.artifacts.ShouldReadValidArtifacts
                        .shouldReadValidArtifacts(target.value(), variant.name().toLowerCase(java.util.Locale.ROOT),
                                e.getMessage()), e);
            }
            assertEquals(json.readTree(written), back, "round trip of " + target.value() + " ("
                    + variant.name().toLowerCase(java.util.Locale.ROOT) + ") changed the document");
        }
    }

    /** An unknown field is rejected, as floe's contract forbids extra fields. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    default void rejectsUnknownFields(ComputeTarget target) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(CompiledArtifactsFactory.create().forTarget(target).toJson());
        ((ObjectNode) tree.get("compute")).put("unexpected_field", "x");
        try {
            roundTrip(tree.toString());
        }
        catch (RuntimeException expected) {
            return;
        }
        fail("The reader accepted an unknown field at $.compute.unexpected_field (" + target.value()
                + "); CompiledArtifacts v1.0.0 forbids extra fields.");
    }
}
