package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.System.Logger.Level;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.ObservabilityEvidence;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.internal.config.RunConfigurationCheck;
import org.apiguardian.api.API;

/**
 * Brought in by {@link RequiresObservability}: gives each test an {@link ObservabilityEvidence}
 * (correlation id, captured ids), and after the test body checks the declared evidence.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ObservabilityExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback, ParameterResolver {

    static final System.Logger LOGGER = System.getLogger(ObservabilityExtension.class.getName());
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ObservabilityExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ObservabilityEvidence.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RunConfigurationCheck.verify(extensionContext);
        if (extensionContext.getTestMethod().isEmpty()) {
            throw new org.junit.jupiter.api.extension.ParameterResolutionException(ShouldInjectPerTest.shouldInjectPerTest(
                    parameterContext.getParameter(), parameterContext.getDeclaringExecutable().getName()));
        }
        return evidence(extensionContext);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        RunConfigurationCheck.verify(context); // durations and backend URLs are checked before any backend is asked
        ActiveTests.enter(evidence(context));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        TestObservability evidence = evidence(context);
        try {
            evidence.finish();
            if (context.getExecutionException().isPresent()) {
                return; // the body failed already: its failure is the one to read
            }
            Optional<RequiresObservability> declared = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(),
                    RequiresObservability.class)
                    .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RequiresObservability.class));
            declared.ifPresent(annotation -> new DeclaredEvidenceCheck(annotation, evidence, connections(context)).run(
                    (message) -> LOGGER.log(Level.WARNING, message)));
        }
        finally {
            ActiveTests.exit(evidence);
        }
    }

    private static TestObservability evidence(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(TestObservability.class,
                key -> new TestObservability(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName(),
                        connections(context), settings(context)),
                TestObservability.class);
    }

    private static ObservabilitySettings settings(ExtensionContext context) {
        return new ObservabilitySettings(FloeConfiguration.fromSystem(context::getConfigurationParameter));
    }

    private static BackendConnections connections(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(BackendConnections.class,
                key -> new BackendConnections(settings(context)), BackendConnections.class);
    }
}
