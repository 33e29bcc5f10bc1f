package dev.floe.testing.junit.traceability.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Makes a fixture test or class skipped (a condition that always disables), to check how skips are recorded. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ExtendWith(SkipIt.Condition.class)
@interface SkipIt {

    /** The skip reason. */
    String value();

    /** Disables what carries {@link SkipIt}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getElement().flatMap(e -> java.util.Optional.ofNullable(e.getAnnotation(SkipIt.class)))
                    .map(skip -> ConditionEvaluationResult.disabled(skip.value()))
                    .orElse(ConditionEvaluationResult.enabled("no @SkipIt"));
        }
    }
}
