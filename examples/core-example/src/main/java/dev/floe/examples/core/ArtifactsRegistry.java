package dev.floe.examples.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * The platform's registry of compiled artifacts: one current document per environment, kept in a
 * PostgreSQL schema. This is the "package code" the example's tests exercise.
 */
public final class ArtifactsRegistry {

    /** The span every publish emits. */
    public static final String PUBLISH_SPAN = "floe.artifacts.publish";

    /** The span attribute that names the environment. */
    public static final String ENVIRONMENT_ATTRIBUTE = "floe.environment";

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Connection connection;
    private final String table;
    private final Tracer tracer;

    /**
     * A registry in {@code schema}, created if needed.
     *
     * @throws IllegalArgumentException when {@code schema} is not a plain lower-case PostgreSQL name
     */
    public ArtifactsRegistry(Connection connection, String schema, Tracer tracer) throws SQLException {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL schema name: '" + schema + "'");
        }
        this.connection = connection;
        this.table = schema + ".compiled_artifacts";
        this.tracer = tracer;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            ddl.execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (environment text PRIMARY KEY, artifacts jsonb NOT NULL, published_at timestamptz NOT NULL DEFAULT now())");
        }
    }

    /** Stores {@code artifactsJson} as the current artifacts of {@code environment}, replacing earlier ones. */
    public void publish(String environment, String artifactsJson) throws SQLException {
        Span span = tracer.spanBuilder(PUBLISH_SPAN).setAttribute(ENVIRONMENT_ATTRIBUTE, environment).startSpan();
        try (Scope ignored = span.makeCurrent();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + table
                        + " (environment, artifacts) VALUES (?, ?::jsonb) ON CONFLICT (environment)"
                        + " DO UPDATE SET artifacts = EXCLUDED.artifacts, published_at = now()")) {
            upsert.setString(1, environment);
            upsert.setString(2, artifactsJson);
            upsert.executeUpdate();
        }
        catch (SQLException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        }
        finally {
            span.end();
        }
    }

    /** The current artifacts of {@code environment}, as JSON. */
    public Optional<String> current(String environment) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT artifacts::text FROM " + table + " WHERE environment = ?")) {
            query.setString(1, environment);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** How many environments have artifacts. */
    public int size() throws SQLException {
        try (Statement count = connection.createStatement(); ResultSet rows = count.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
