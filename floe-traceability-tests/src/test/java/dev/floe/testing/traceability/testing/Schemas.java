package dev.floe.testing.traceability.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Validates report files against the project's extended contracts in {@code specs/contracts/}. */
public final class Schemas {

    private Schemas() {
    }

    /** The project's {@code specs/contracts} folder (tests run in the module folder, one below the root). */
    public static Path contracts() {
        Path dir = Path.of("..", "specs", "contracts").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Extended contracts not found at " + dir
                    + ": run the tests from the floe-traceability-tests module folder of the project");
        }
        return dir;
    }

    /** The floe reference contracts folder, from the system property {@code floe-testing.reference.dir}. */
    public static Path referenceContracts() {
        String dir = System.getProperty("floe-testing.reference.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir, "contracts"))) {
            throw new IllegalStateException("floe-testing.reference.dir is not set or has no contracts/ (value: " + dir
                    + "); Surefire sets it from the root pom to <project>/../shared/reference");
        }
        return Path.of(dir, "contracts");
    }

    /** The validation errors of {@code json} against {@code schemaFile}. */
    public static List<String> errors(Path schemaFile, String json) {
        try {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
            Schema schema = registry.getSchema(Files.readString(schemaFile), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read schema " + schemaFile, e);
        }
    }

    /** Asserts that {@code json} is valid against the extended contract {@code name}. */
    public static void assertValid(String name, String json) {
        assertThat(errors(contracts().resolve(name), json)).as("validation errors against " + name).isEmpty();
    }
}
