package dev.floe.testing.junit.traceability;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.floe.testing.traceability.gate.GateKeys;
import org.apiguardian.api.API;

/**
 * The configuration keys of the traceability run, each resolved as system property {@code floe.x.y} >
 * environment variable {@code FLOE_X_Y} > JUnit configuration parameter ({@code junit-platform.properties})
 * > default. The spec locations ({@code floe.traceability.specs}, {@code floe.traceability.root}) belong to
 * spec parsing and are documented there.
 *
 * <pre>{@code
 * # junit-platform.properties of a module whose tests cite spec-local ids of feature 004
 * floe.traceability.default-feature=004
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class TraceabilityKeys {

    /**
     * Whether the run listener records tests and writes reports: {@code true} (default) or {@code false}.
     * Value: {@value}.
     */
    public static final String ENABLED = "floe.traceability.enabled";

    /**
     * The folder that receives the reports, relative to the working directory (the module folder under
     * Maven) unless absolute; default {@code target/floe-traceability}. Value: {@value}.
     */
    public static final String OUTPUT_DIR = "floe.traceability.output-dir";

    /**
     * The exclusions file, relative to the build root unless absolute; default
     * {@code specs/traceability-exclusions.json}. A missing file at the default place means no exclusions; a
     * configured file that is missing is an error naming the path and this key. Value: {@value}.
     */
    public static final String EXCLUSIONS = GateKeys.EXCLUSIONS;

    /**
     * The three-digit feature that spec-local ids ({@code FR-024}) resolve against first; default none (a
     * spec-local id then resolves against the only feature that defines it). Value: {@value}.
     */
    public static final String DEFAULT_FEATURE = GateKeys.DEFAULT_FEATURE;

    /**
     * The module name written for each test (the report's "package"); default the working directory's
     * name, which is the Maven module's folder. Value: {@value}.
     */
    public static final String MODULE = "floe.traceability.module";

    /**
     * The id of the run, which decides which result fragments belong together; default derived from the
     * Maven process that forked the test JVM (so Surefire and Failsafe forks of one {@code mvn} invocation
     * form one run), else from this JVM. Set it to join CI shards. Value: {@value}.
     */
    public static final String RUN_ID = "floe.traceability.run-id";

    /**
     * How a partial run is detected: {@code auto} (default: method or unique-id selections, and test
     * methods of the test class folders that did not run) or {@code selectors} (selections only, no static
     * scan). Value: {@value}.
     */
    public static final String PARTIAL_DETECTION = "floe.traceability.partial-detection";

    /**
     * Where the HTML report's spec links point: a repository browse URL, e.g.
     * {@code https://github.com/org/repo/blob/main}, to which each link appends {@code /<spec path>#L<line>} (or a
     * URL holding {@code {path}} and {@code {line}}, which are replaced, for browsers with another line syntax).
     * Default none: the links open the local spec files, relative to the page. Must be an http(s) or file URL
     * without credentials. Value: {@value}.
     */
    public static final String SOURCE_URL = "floe.traceability.source-url";

    private TraceabilityKeys() {
    }
}
