package dev.floe.testing.traceability.result;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.floe.testing.common.internal.ShouldBeSetInBuilder;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of one test, with the requirement ids it covers, as recorded by the run listener.
 *
 * <p>Build one with {@link #builder()}, so that a component added later breaks no caller:
 *
 * <pre>{@code
 * TestResult result = TestResult.builder()
 *         .withTestId("src/test/java/demo/CatalogTest.java::CatalogTest::lists")
 *         .withCoveredIds("FR-001")
 *         .withOutcome(TestOutcome.PASSED)
 *         .withDurationMs(5)
 *         .build();
 * }</pre>
 *
 * <p>The canonical constructor is there for the readers of result files; it changes when a component is added.
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
 *                    or of the container whose failure kept it from running or failed it after it passed
 *                    (for example in {@code @AfterAll}); otherwise {@code null}
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

    /**
     * A result without failure details or class set-up time. Prefer {@link #builder()}, which outlives a new
     * component.
     */
    public TestResult(String testId, String sourceFile, String className, String methodName, String displayName,
            String module, String javaPackage, List<String> coveredIds, TestOutcome outcome, long durationMs,
            String message) {
        this(testId, sourceFile, className, methodName, displayName, module, javaPackage, coveredIds, outcome,
                durationMs, message, null, 0);
    }

    /** A builder with no test id and no outcome (both required), no covered id and all times {@code 0}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this result's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().withTestId(testId).withSourceFile(sourceFile).withClassName(className)
                .withMethodName(methodName).withDisplayName(displayName).withModule(module).withJavaPackage(javaPackage)
                .withCoveredIds(coveredIds).withOutcome(outcome).withDurationMs(durationMs).withMessage(message)
                .withStackTrace(stackTrace).withSetupMs(setupMs);
    }

    /** This result with {@code stackTrace} and {@code setupMs} as given. */
    public TestResult withDetails(String trace, long setup) {
        return toBuilder().withStackTrace(trace).withSetupMs(setup).build();
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
    /**
     * Builds a {@link TestResult} one value at a time. {@link #withTestId test id} and {@link #withOutcome outcome}
     * are required; every other value may be left out: no covered id, {@code 0} ms, {@code null} otherwise.
     *
     * <p>Null: every {@code with...} method accepts {@code null} and then means "not given", the default above
     * (for the covered ids: none). For the test id and the outcome that leaves them unset, and {@link #build()}
     * fails as if they had never been set.
     *
     * @since 0.1.0
     */
    @API(status = MAINTAINED, since = "0.1.0")
    public static final class Builder {

        private String testId;
        private String sourceFile;
        private String className;
        private String methodName;
        private String displayName;
        private String module;
        private String javaPackage;
        private List<String> coveredIds = List.of();
        private TestOutcome outcome;
        private long durationMs;
        private String message;
        private String stackTrace;
        private long setupMs;

        private Builder() {
        }

        /** The stable test id, e.g. {@code path/to/TestClass.java::TestClass::method}; required. */
        public Builder withTestId(String value) {
            this.testId = value;
            return this;
        }

        /** The test's source file relative to the build root, with {@code /}. */
        public Builder withSourceFile(String value) {
            this.sourceFile = value;
            return this;
        }

        /** The test class's binary name, e.g. {@code dev.floe.FooTest$Inner}. */
        public Builder withClassName(String value) {
            this.className = value;
            return this;
        }

        /** The test method's name. */
        public Builder withMethodName(String value) {
            this.methodName = value;
            return this;
        }

        /** The display name JUnit showed. */
        public Builder withDisplayName(String value) {
            this.displayName = value;
            return this;
        }

        /** The module (build folder name) that ran the test, e.g. {@code floe-core}. */
        public Builder withModule(String value) {
            this.module = value;
            return this;
        }

        /** The test class's Java package. */
        public Builder withJavaPackage(String value) {
            this.javaPackage = value;
            return this;
        }

        /** The requirement ids the test covers, as written; {@code null} for none. */
        public Builder withCoveredIds(List<String> ids) {
            this.coveredIds = ids == null ? List.of() : ids;
            return this;
        }

        /** The requirement ids the test covers, as written. */
        public Builder withCoveredIds(String... ids) {
            return withCoveredIds(List.of(ids));
        }

        /** How the test ended; required. */
        public Builder withOutcome(TestOutcome value) {
            this.outcome = value;
            return this;
        }

        /** Wall time of the test in milliseconds; a negative value counts as {@code 0}. */
        public Builder withDurationMs(long value) {
            this.durationMs = value;
            return this;
        }

        /** The first line of the failure or skip reason. */
        public Builder withMessage(String value) {
            this.message = value;
            return this;
        }

        /** The full failure (message and stack trace) of a failed or errored test. */
        public Builder withStackTrace(String value) {
            this.stackTrace = value;
            return this;
        }

        /** Wall time in milliseconds of the enclosing class outside its tests; a negative value counts as {@code 0}. */
        public Builder withSetupMs(long value) {
            this.setupMs = value;
            return this;
        }

        /**
         * The result.
         *
         * @throws IllegalStateException when the test id or the outcome is missing, naming it
         */
        public TestResult build() {
            required(testId, "testId", "withTestId", "withTestId(\"path/to/FooTest.java::FooTest::method\")");
            required(outcome, "outcome", "withOutcome", "withOutcome(TestOutcome.PASSED)");
            return new TestResult(testId, sourceFile, className, methodName, displayName, module, javaPackage,
                    coveredIds, outcome, durationMs, message, stackTrace, setupMs);
        }

        private static void required(Object value, String name, String method, String exampleCall) {
            if (value == null) {
                throw new IllegalStateException(ShouldBeSetInBuilder.shouldBeSetInBuilder("TestResult", name,
                        "TestResult.Builder", method, exampleCall));
            }
        }
    }
}
