package dev.floe.examples.polaris;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.rest.RESTCatalog;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CatalogConfig;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.SecretResolver;
import dev.floe.testing.fixtures.artifacts.contracts.IcebergCatalogSettings;
import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceEndpoint;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * One table through the whole compute profile: Iceberg's own REST client, configured with the catalog
 * properties floe derives from CompiledArtifacts, creates it in the running catalog; Trino writes two
 * rows into it and Spark reads them back, both through that catalog and the same S3 bucket.
 */
@FloeIntegration(profile = Profile.COMPUTE)
@FloeArtifacts(target = ComputeTarget.SPARK, variant = ArtifactsVariant.POLARIS)
class IcebergTableIT {

    /** Trino's catalog on the Iceberg REST catalog, in docker/trino/catalog and .ci/backends.sh. */
    static final String TRINO_CATALOG = "iceberg";
    /** Spark's catalog on the Iceberg REST catalog, as .ci/backends.sh starts the Thrift server. */
    static final String SPARK_CATALOG = "floe";

    @Test
    @Covers("104-FR-005")
    void aTableCreatedFromTheArtifactsCatalogSettingsIsWrittenByTrinoAndReadBackBySpark(DockerServices services,
            CompiledArtifacts artifacts, TestNamespace ns) throws Exception {
        Map<String, String> properties = catalogProperties(services, artifacts);
        Namespace namespace = Namespace.of(ns.icebergNamespace());
        TableIdentifier table = TableIdentifier.of(namespace, "orders");
        try (RESTCatalog catalog = new RESTCatalog()) {
            Map<String, String> client = new java.util.HashMap<>(properties);
            // this client only changes metadata, which the catalog server writes; Trino and Spark do the file IO
            client.put("io-impl", "org.apache.iceberg.inmemory.InMemoryFileIO");
            catalog.initialize("floe", client);
            catalog.createNamespace(namespace);
            catalog.createTable(table, new Schema(
                    Types.NestedField.required(1, "id", Types.LongType.get()),
                    Types.NestedField.required(2, "customer", Types.StringType.get())));
            assertThat(catalog.listTables(namespace)).containsExactly(table);
        }

        String qualified = "\"" + ns.icebergNamespace() + "\".orders";
        try (Connection trino = trino(services.endpoint("trino")); Statement sql = trino.createStatement()) {
            sql.executeUpdate("INSERT INTO " + qualified + " VALUES (1, 'acme'), (2, 'globex')");
            assertThat(rows(sql.executeQuery("SELECT id, customer FROM " + qualified + " ORDER BY id")))
                    .containsExactly(List.of("1", "acme"), List.of("2", "globex"));
        }

        ServiceEndpoint spark = services.endpoint("spark-iceberg");
        try (SparkThriftSql sql = new SparkThriftSql(spark.host(), spark.port("thrift"), "floe")) {
            assertThat(sql.query("SELECT id, customer FROM " + SPARK_CATALOG + ".`" + ns.icebergNamespace() + "`.orders ORDER BY id"))
                    .containsExactly(List.of("1", "acme"), List.of("2", "globex"));
        }
    }

    /**
     * The artifacts' catalog, pointed at the catalog this run found (the artifacts name {@code polaris:8181}
     * inside the compose network), with its credential resolved from the client credentials of the run.
     */
    private static Map<String, String> catalogProperties(DockerServices services, CompiledArtifacts artifacts) {
        CatalogConfig compiled = artifacts.catalog();
        CatalogConfig here = new CatalogConfig(compiled.type(), services.url("polaris").toString(), compiled.credentialSecretRef(),
                compiled.warehouse(), compiled.scope(), compiled.tokenRefreshEnabled(), compiled.accessDelegation(),
                compiled.properties());
        IcebergCatalogSettings settings = IcebergCatalogSettings.from(artifacts.toBuilder().withCatalog(here).build());
        Credentials client = services.credentials("polaris");
        SecretResolver secrets = SecretResolver.of(
                Map.of(SecretResolver.environmentVariable(settings.credentialSecretRef()), client.id() + ":" + client.secret()),
                Path.of("/nonexistent"));
        return settings.catalogProperties(secrets);
    }

    private static Connection trino(ServiceEndpoint endpoint) throws Exception {
        Properties user = new Properties();
        user.setProperty("user", "floe");
        return DriverManager.getConnection("jdbc:trino://" + endpoint.host() + ":" + endpoint.port() + "/" + TRINO_CATALOG, user);
    }

    private static List<List<String>> rows(ResultSet rs) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
