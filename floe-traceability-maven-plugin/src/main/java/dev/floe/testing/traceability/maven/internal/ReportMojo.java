package dev.floe.testing.traceability.maven.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apiguardian.api.API;

/**
 * Merges the traceability matrices and writes the merged reports (JSON, Markdown, HTML, SARIF) without
 * failing the build on coverage: {@code mvn floe-traceability:report}.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
@API(status = INTERNAL, since = "0.1.0")
public class ReportMojo extends AbstractTraceabilityMojo {

    /** Creates the goal; Maven sets its parameters. */
    public ReportMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        runCli(List.of("--allow-skipped", "--warn-suspect"));
    }
}
