package dev.floe.testing.junit.traceability;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Fails a test whose {@link Covers} ids are ill-formed, naming the id and the test. Brought in by
 * {@link Covers} itself, so no registration is needed.
 *
 * @since 0.1.0
 */
public final class CoversValidationExtension implements BeforeEachCallback {

    private static final Pattern ID = Pattern.compile("(?:\\d{3}-)?FR-\\d{3}[a-z]?");

    @Override
    public void beforeEach(ExtensionContext context) {
        List<String> bad = new ArrayList<>();
        collect(context.getRequiredTestClass(), bad);
        collect(context.getRequiredTestMethod(), bad);
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("Ill-formed requirement id(s) " + bad + " in @Covers of "
                    + context.getUniqueId() + ": expected FR-024, FR-006a or 006-FR-024.");
        }
    }

    private static void collect(AnnotatedElement element, List<String> bad) {
        AnnotationSupport.findAnnotation(element, Covers.class).ifPresent(covers -> {
            for (String id : covers.value()) {
                if (id == null || !ID.matcher(id.trim()).matches()) {
                    bad.add(id);
                }
            }
        });
    }
}
