package dev.floe.examples.cube;

import java.util.Map;

/**
 * The Cube API secret the local stack's Cube verifies security contexts with: {@code CUBEJS_API_SECRET}
 * when it is exported (docker compose passes it to Cube), else the compose file's development default.
 */
final class CubeApiSecret {

    /** The variable docker compose reads, and this test with it. */
    static final String VARIABLE = "CUBEJS_API_SECRET";

    /** The default of {@code docker/docker-compose.yml} (a development value, 43 bytes: HS256 needs 32). */
    static final String COMPOSE_DEFAULT = "floe-dev-cube-api-secret-not-for-production";

    private CubeApiSecret() {
    }

    /** The secret Cube uses when started with {@code environment}: the exported one, else the compose default. */
    static String from(Map<String, String> environment) {
        String exported = environment.get(VARIABLE);
        // compose's ${VAR:-default} takes the default for an unset and for an empty variable
        return exported == null || exported.isEmpty() ? COMPOSE_DEFAULT : exported;
    }
}
