package dev.floe.testing.traceability.discovery.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * A test method found in compiled test classes that carries {@code @Covers} (on the method, its class, an
 * enclosing class or through a meta-annotation).
 *
 * @param testId     the id the run listener would give it, without invocation suffixes
 * @param sourceFile its source file relative to the build root with {@code /} (a guess when not found)
 * @param className  binary class name, e.g. {@code dev.floe.FooTest$Inner}
 * @param methodName method name
 * @param module     the module folder the class folder belongs to, e.g. {@code floe-core}
 * @param javaPackage the class's Java package
 * @param coveredIds the ids of its {@code @Covers}, as written, sorted
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record DiscoveredTest(String testId, String sourceFile, String className, String methodName, String module,
        String javaPackage, List<String> coveredIds) {

    /** Copies the ids and checks the names. */
    public DiscoveredTest {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
        coveredIds = List.copyOf(coveredIds);
    }

    /** {@code className#methodName}, how runs and discoveries are matched. */
    public String key() {
        return className + "#" + methodName;
    }

    /** This test as a result with outcome {@link TestOutcome#NOT_RUN}. */
    public TestResult asNotRun() {
        return TestResult.builder().withTestId(testId).withSourceFile(sourceFile).withClassName(className)
                .withMethodName(methodName).withDisplayName(methodName).withModule(module).withJavaPackage(javaPackage)
                .withCoveredIds(coveredIds).withOutcome(TestOutcome.NOT_RUN)
                .withMessage("not run: found in the compiled test classes, but no input recorded it (filtered by tag,"
                        + " excluded by a profile, or another shard's test)")
                .build();
    }
}
