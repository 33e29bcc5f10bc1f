package dev.floe.testing.traceability.result;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of one test, with the requirement ids it covers, as recorded by the run listener.
 *
 * @param testId      stable id {@code path/to/TestClass.java::TestClass::method}, nested classes as
 *                    {@code Outer.Inner}, invocations as {@code method(int)[2]}
 * @param sourceFile  path of the test's source file relative to the build root, with {@code /}
 * @param className   the test class's binary name, e.g. {@code dev.floe.FooTest$Inner}
 * @param methodName  the test method's name
 * @param displayName the display name JUnit showed
 * @param module      the module (build folder name) that ran the test, e.g. {@code floe-core}
 * @param javaPackage the test class's Java package
 * @param coveredIds  the ids of its {@code @Covers} annotations (class, method, meta), as written, sorted
 * @param outcome     how it ended
 * @param durationMs  wall time in milliseconds, {@code 0} when it did not run
 * @param message     the first line of the failure or skip reason, or {@code null}
 * @param stackTrace  the full failure (message and stack trace, causes included) of a failed or errored test,
 *                    or of the container whose failure kept it from running; otherwise {@code null}
 * @param setupMs     wall time in milliseconds of the enclosing test class outside its tests (class set-up and
 *                    tear-down such as {@code @BeforeAll}); the same for every test of the class, not part of
 *                    {@code durationMs}
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record TestResult(String testId, String sourceFile, String className, String methodName,
        String displayName, String module, String javaPackage, List<String> coveredIds, TestOutcome outcome,
        long durationMs, String message, String stackTrace, long setupMs) {

    public TestResult {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(outcome, "outcome");
        coveredIds = coveredIds == null ? List.of() : List.copyOf(coveredIds);
        durationMs = Math.max(0, durationMs);
        setupMs = Math.max(0, setupMs);
    }

    /** A result without failure details or class set-up time. */
    public TestResult(String testId, String sourceFile, String className, String methodName, String displayName,
            String module, String javaPackage, List<String> coveredIds, TestOutcome outcome, long durationMs,
            String message) {
        this(testId, sourceFile, className, methodName, displayName, module, javaPackage, coveredIds, outcome,
                durationMs, message, null, 0);
    }

    /** This result with {@code stackTrace} and {@code setupMs} as given. */
    public TestResult withDetails(String trace, long setup) {
        return new TestResult(testId, sourceFile, className, methodName, displayName, module, javaPackage,
                coveredIds, outcome, durationMs, message, trace, setup);
    }

    /** The first line of {@code text}, trimmed, or {@code null} when there is none. */
    public static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        String line = (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
        return line.isEmpty() ? null : line;
    }
}
