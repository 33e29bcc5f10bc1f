package dev.floe.testing.junit.internal.artifacts;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.junit.ArtifactsKeys;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.internal.config.RunConfigurationCheck;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.ParameterInfo;
import org.junit.platform.commons.support.AnnotationSupport;
import org.apiguardian.api.API;

/**
 * Resolves {@link CompiledArtifacts} and {@link CompiledArtifactsFactory} parameters, and nothing
 * else. The target and variant come from the nearest {@link FloeArtifacts} (parameter, method,
 * enclosing classes), a {@link ComputeTarget} argument of a parameterized invocation, or
 * configuration.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CompiledArtifactsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            CompiledArtifactsExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == CompiledArtifacts.class || type == CompiledArtifactsFactory.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        try {
            RunConfigurationCheck.verify(extensionContext);
            CompiledArtifactsFactory factory = extensionContext.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(CompiledArtifactsFactory.class, key -> CompiledArtifactsFactory.create(),
                            CompiledArtifactsFactory.class);
            if (parameterContext.getParameter().getType() == CompiledArtifactsFactory.class) {
                return factory;
            }
            Optional<FloeArtifacts> annotation = nearestAnnotation(parameterContext, extensionContext);
            FloeConfiguration config = FloeConfiguration.fromSystem(extensionContext::getConfigurationParameter);
            ComputeTarget target = parameterizedTarget(extensionContext)
                    .or(() -> annotation.map(FloeArtifacts::target))
                    .orElseGet(() -> config.getEnum(ArtifactsKeys.TARGET, ComputeTarget.class,
                            ComputeTarget.DUCKDB));
            ArtifactsVariant variant = annotation.map(FloeArtifacts::variant)
                    .orElseGet(() -> config.getEnum(ArtifactsKeys.VARIANT, ArtifactsVariant.class,
                            ArtifactsVariant.STANDALONE));
            return factory.artifacts(target, variant);
        }
        catch (ConfigurationException e) {
            throw new ParameterResolutionException(ShouldResolveParameter.shouldResolveParameter("CompiledArtifacts",
                    parameterContext.getParameter().getName(), parameterContext.getDeclaringExecutable().getName(),
                    e.getMessage()), e);
        }
    }

    private static Optional<FloeArtifacts> nearestAnnotation(ParameterContext parameterContext,
            ExtensionContext extensionContext) {
        Optional<FloeArtifacts> onParameter = parameterContext.findAnnotation(FloeArtifacts.class);
        if (onParameter.isPresent()) {
            return onParameter;
        }
        Optional<FloeArtifacts> onMethod = find(parameterContext.getDeclaringExecutable());
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Optional<ExtensionContext> ctx = Optional.of(extensionContext); ctx.isPresent();
                ctx = ctx.get().getParent()) {
            Optional<Class<?>> testClass = ctx.get().getTestClass();
            if (testClass.isPresent() && ctx.get().getTestMethod().isEmpty()) {
                Optional<FloeArtifacts> onClass = find(testClass.get());
                if (onClass.isPresent()) {
                    return onClass;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FloeArtifacts> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, FloeArtifacts.class);
    }

    /** The first ComputeTarget argument of the current parameterized invocation, if any. */
    private static Optional<ComputeTarget> parameterizedTarget(ExtensionContext context) {
        ParameterInfo info = ParameterInfo.get(context);
        if (info == null) {
            return Optional.empty();
        }
        for (Object argument : info.getArguments().toList()) {
            if (argument instanceof ComputeTarget target) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }
}
