package dev.floe.testing.junit.internal.services;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.FloeServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceUnavailableException;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.internal.config.RunConfigurationCheck;
import dev.floe.testing.junit.internal.artifacts.ShouldResolveParameter;
import org.apiguardian.api.API;

/**
 * The extension behind {@link FloeIntegration}: provisions the class's profile once per run (root
 * store), fails every test of the class when a required service is not healthy, and resolves
 * {@link DockerServices} and {@link TestNamespace} parameters. When a test fails, it asks the
 * profile's required services again: one that stopped answering during the run turns the failure
 * into the usual message (service, endpoint, last error, fix), with the test's own error as cause.
 *
 * <p>Public only so the annotation can name it; not an API.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FloeIntegrationExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final Namespace NAMESPACE = Namespace.create(FloeIntegrationExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // Start the (shared) health-check round early; a failure is reported per test in beforeEach,
        // so each test shows as failed rather than the class alone.
        try {
            DockerServices services = services(context);
            // which mode served each service (embedded, external, compose): a JUnit report entry, which IDEs
            // and JUnit's Open Test Reporting XML show
            context.publishReportEntry("floe.services", "profile " + services.profile().composeName() + ": "
                    + registry(context).servedBy(services.profile()));
        }
        catch (RuntimeException e) {
            // remembered by the provisioner (or raised again): beforeEach fails each test with it
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        services(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw explained(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw explained(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw explained(context, throwable);
    }

    /** {@code failure}, or the message of a required service that stopped answering, with {@code failure} as its cause. */
    private static Throwable explained(ExtensionContext context, Throwable failure) {
        if (failure instanceof ServiceUnavailableException || failure instanceof TestAbortedException) {
            return failure;
        }
        return registry(context).recheck(profile(context))
                .<Throwable>map(down -> new ServiceUnavailableException(down.getMessage(), failure)).orElse(failure);
    }

    /**
     * Constructors see the test method's context, so a {@link TestNamespace} injected there is the
     * test's own (JUnit's default would give every test of the class the class's one).
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == DockerServices.class || type == TestNamespace.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == TestNamespace.class) {
            return context.getStore(NAMESPACE).computeIfAbsent(TestNamespace.class,
                    k -> TestNamespace.create(context.getTestMethod().map(Method::getName)
                            .orElseGet(() -> context.getRequiredTestClass().getSimpleName())),
                    TestNamespace.class);
        }
        try {
            return services(context);
        }
        catch (ServiceUnavailableException e) {
            throw new ParameterResolutionException(ShouldResolveParameter.shouldResolveParameter(
                    parameterContext.getParameter().getType().getSimpleName(), parameterContext.getParameter().getName(),
                    parameterContext.getDeclaringExecutable().getName(), e.getMessage()), e);
        }
    }

    static DockerServices services(ExtensionContext context) {
        RunConfigurationCheck.verify(context); // before any service is asked: a wrong key fails here, named
        return registry(context).provision(profile(context));
    }

    /**
     * The run's services, kept in the root context's store so that JUnit closes them (stopping a compose
     * stack or the embedded PostgreSQL) when the run ends.
     */
    static FloeServices registry(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE).computeIfAbsent(FloeServices.class,
                k -> FloeServices.start(root::getConfigurationParameter), FloeServices.class);
    }

    private static Profile profile(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().isPresent()) {
                var annotation = AnnotationSupport.findAnnotation(c.getTestClass().get(), FloeIntegration.class);
                if (annotation.isPresent()) {
                    return annotation.get().profile();
                }
            }
        }
        return Profile.BASE;
    }
}
