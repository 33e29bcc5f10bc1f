package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.floe.testing.junit.traceability.Covers;

import dev.floe.testing.junit.traceability.internal.IdHints;
import dev.floe.testing.junit.traceability.internal.ShouldBeWellFormedCoversIds;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * Fails a test whose {@link Covers} ids (on the method, its class, superclasses, enclosing classes of
 * {@code @Nested} tests, or meta-annotations) are ill-formed, naming the id and the test and suggesting
 * what was meant. Brought in by {@link Covers} itself, so no registration is needed. The ids of a test class
 * are checked once, when its first test starts; only a class that holds an ill-formed id is looked at test by
 * test.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CoversValidationExtension implements BeforeEachCallback {

    /** Ids already found well-formed: thousands of tests cite a few hundred ids, checked once each. */
    private static final Set<String> WELL_FORMED = ConcurrentHashMap.newKeySet();

    /**
     * Whether every id any test of a class can cite is well-formed: worked out once per class, so that a test
     * of such a class (nearly all of them) is checked with one lookup.
     */
    private static final ClassValue<Boolean> ALL_WELL_FORMED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> testClass) {
            for (String id : CoversAnnotations.allIdsIn(testClass)) {
                if (!wellFormed(id)) {
                    return false;
                }
            }
            return true;
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        if (ALL_WELL_FORMED.get(context.getRequiredTestClass())) {
            return;
        }
        Method method = context.getRequiredTestMethod();
        Map<String, String> bad = new LinkedHashMap<>();
        for (String id : CoversAnnotations.idsFor(context.getRequiredTestClass(), method)) {
            if (!wellFormed(id)) {
                bad.put(id, IdHints.didYouMean(id, context));
            }
        }
        if (bad.isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getName() + "#" + method.getName() + "()";
        throw new IllegalArgumentException(ShouldBeWellFormedCoversIds.shouldBeWellFormedCoversIds(test, bad));
    }

    private static boolean wellFormed(String id) {
        if (WELL_FORMED.contains(id)) {
            return true;
        }
        if (RequirementId.parse(id).isEmpty()) {
            return false;
        }
        WELL_FORMED.add(id);
        return true;
    }
}
