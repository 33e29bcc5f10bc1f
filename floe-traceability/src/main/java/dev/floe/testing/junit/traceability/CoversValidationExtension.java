package dev.floe.testing.junit.traceability;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.floe.testing.junit.traceability.internal.CoversAnnotations;
import dev.floe.testing.junit.traceability.internal.IdHints;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * Fails a test whose {@link Covers} ids (on the method, its class, superclasses, enclosing classes of
 * {@code @Nested} tests, or meta-annotations) are ill-formed, naming the id and the test and suggesting
 * what was meant. Brought in by {@link Covers} itself, so no registration is needed.
 *
 * @since 0.1.0
 */
public final class CoversValidationExtension implements BeforeEachCallback {

    /** Ids already found well-formed: thousands of tests cite a few hundred ids, checked once each. */
    private static final Set<String> WELL_FORMED = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeEach(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        List<String> bad = new ArrayList<>();
        for (String id : CoversAnnotations.idsFor(context.getRequiredTestClass(), method)) {
            if (!WELL_FORMED.contains(id)) {
                if (RequirementId.parse(id).isEmpty()) {
                    bad.add(id);
                }
                else {
                    WELL_FORMED.add(id);
                }
            }
        }
        if (bad.isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getName() + "#" + method.getName() + "()";
        StringBuilder message = new StringBuilder();
        for (String id : bad) {
            message.append(message.length() == 0 ? "" : "\n").append("Ill-formed requirement id '").append(id)
                    .append("' in @Covers of ").append(test).append(": expected FR-024, FR-006a or 006-FR-024")
                    .append(IdHints.didYouMean(id, context));
        }
        throw new IllegalArgumentException(message.toString());
    }
}
