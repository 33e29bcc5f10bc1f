package dev.floe.testing.traceability.testing;

import java.util.ArrayList;
import java.util.List;

import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/** Hand-built requirements and results for engine tests. */
public final class Specs {

    private Specs() {
    }

    /** A requirement {@code feature-local} in {@code specs/<feature>-demo/spec.md} at {@code line}. */
    public static Requirement requirement(String feature, String local, int line, String category) {
        return new Requirement(new RequirementId(feature, local), "specs/" + feature + "-demo/spec.md", line,
                "The library MUST do " + local + ".", category, "P2");
    }

    /** A spec set holding {@code requirements}, spec files taken from them. */
    public static SpecSet specs(Requirement... requirements) {
        List<String> files = new ArrayList<>();
        for (Requirement r : requirements) {
            if (!files.contains(r.specFile())) {
                files.add(r.specFile());
            }
        }
        files.sort(null);
        return new SpecSet("specs/**/spec.md under /repo", files, List.of(requirements), List.of());
    }

    /** A result of test {@code method} in {@code DemoTest} covering {@code ids}. */
    public static TestResult result(String method, TestOutcome outcome, String... ids) {
        return TestResult.builder()
                .withTestId("core/src/test/java/demo/DemoTest.java::DemoTest::" + method)
                .withSourceFile("core/src/test/java/demo/DemoTest.java")
                .withClassName("demo.DemoTest")
                .withMethodName(method)
                .withDisplayName(method + "()")
                .withModule("core")
                .withJavaPackage("demo")
                .withCoveredIds(ids)
                .withOutcome(outcome)
                .withDurationMs(3)
                .withMessage(outcome == TestOutcome.PASSED ? null : "expected: <1> but was: <2>")
                .build();
    }
}
