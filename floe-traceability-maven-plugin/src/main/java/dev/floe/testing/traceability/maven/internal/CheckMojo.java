package dev.floe.testing.traceability.maven.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.gate.GateKeys;

/**
 * Fails the build in its {@code verify} phase when traceability does not meet the rules, the way JaCoCo's
 * {@code check} goal does for code coverage: coverage below a minimum (overall, per feature, per priority),
 * any skipped or aborted test, a requirement covered in the baseline that no longer is, or a suspect link.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.floe</groupId>
 *   <artifactId>floe-traceability-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 *   <configuration><minCoverage>80</minCoverage><thresholds><threshold>P1=100</threshold></thresholds></configuration>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
@API(status = INTERNAL, since = "0.1.0")
public class CheckMojo extends AbstractTraceabilityMojo {

    /** The overall minimum coverage, percent of requirements not excluded (0 to 100); none by default. */
    @Parameter(property = GateKeys.MIN_COVERAGE)
    Double minCoverage;

    /** Minimums per feature or priority, e.g. {@code 004=90} or {@code P1=100}. */
    @Parameter
    List<String> thresholds;

    /** Lets skipped and aborted tests pass the gate; floe's rule (the default) is zero skipped. */
    @Parameter(property = GateKeys.ALLOW_SKIPPED, defaultValue = "false")
    boolean allowSkipped;

    /** A matrix to ratchet against: a requirement covered there must stay covered. */
    @Parameter(property = GateKeys.BASELINE)
    File baseline;

    /** Reports suspect links without failing the build. */
    @Parameter(property = GateKeys.WARN_SUSPECT, defaultValue = "false")
    boolean warnSuspect;

    /** Creates the goal; Maven sets its parameters. */
    public CheckMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        List<String> args = new ArrayList<>();
        option(args, "--min-coverage", minCoverage == null ? null : minCoverage.toString());
        if (thresholds != null) {
            thresholds.forEach(t -> option(args, "--min-coverage", t));
        }
        if (allowSkipped) {
            args.add("--allow-skipped");
        }
        option(args, "--baseline", baseline);
        if (warnSuspect) {
            args.add("--warn-suspect");
        }
        if (runCli(args) != 0) {
            throw gateFailed("check");
        }
    }
}
