-- floe's PostgreSQL init: the roles and schemas the stack uses (Marquez, tests).
-- Idempotent: the image runs it on first start only, but it is safe to run again by hand
-- (psql -f) or over JDBC; PostgresInitScriptTest runs it twice against a real PostgreSQL.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'marquez') THEN
        CREATE ROLE marquez LOGIN PASSWORD 'marquez';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'floe_test') THEN
        CREATE ROLE floe_test LOGIN PASSWORD 'floe_test';
    END IF;
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO marquez, floe_test', current_database());
END
$$;

-- Marquez keeps its tables in its own schema of this database.
CREATE SCHEMA IF NOT EXISTS marquez AUTHORIZATION marquez;
ALTER ROLE marquez SET search_path = marquez;

-- Tests create one schema per test (TestNamespace); this one holds what the stack itself records.
CREATE SCHEMA IF NOT EXISTS floe_test AUTHORIZATION floe_test;
CREATE TABLE IF NOT EXISTS floe_test.stack_info (
    key   text PRIMARY KEY,
    value text NOT NULL
);
ALTER TABLE floe_test.stack_info OWNER TO floe_test;
INSERT INTO floe_test.stack_info (key, value) VALUES ('init_schema_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
