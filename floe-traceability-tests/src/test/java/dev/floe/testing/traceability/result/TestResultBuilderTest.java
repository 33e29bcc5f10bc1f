package dev.floe.testing.traceability.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;

class TestResultBuilderTest {

    private static final String ID = "core/src/test/java/demo/DemoTest.java::DemoTest::lists";

    @Test
    @Covers("002-FR-004")
    void onlyTestIdAndOutcomeAreNeededTheRestHasDefaults() {
        TestResult result = TestResult.builder().withTestId(ID).withOutcome(TestOutcome.PASSED).build();

        assertThat(result).isEqualTo(new TestResult(ID, null, null, null, null, null, null, List.of(),
                TestOutcome.PASSED, 0, null, null, 0));
    }

    @Test
    @Covers("002-FR-004")
    void everySetterEndsUpInItsComponent() {
        TestResult result = TestResult.builder()
                .withTestId(ID)
                .withSourceFile("core/src/test/java/demo/DemoTest.java")
                .withClassName("demo.DemoTest")
                .withMethodName("lists")
                .withDisplayName("lists()")
                .withModule("core")
                .withJavaPackage("demo")
                .withCoveredIds("FR-002", "FR-001")
                .withOutcome(TestOutcome.FAILED)
                .withDurationMs(12)
                .withMessage("expected: <1> but was: <2>")
                .withStackTrace("org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n\tat demo.DemoTest")
                .withSetupMs(40)
                .build();

        assertThat(result).isEqualTo(new TestResult(ID, "core/src/test/java/demo/DemoTest.java", "demo.DemoTest",
                "lists", "lists()", "core", "demo", List.of("FR-002", "FR-001"), TestOutcome.FAILED, 12,
                "expected: <1> but was: <2>",
                "org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n\tat demo.DemoTest", 40));
    }

    @Test
    @Covers("002-FR-004")
    void toBuilderKeepsEveryValueAndChangesOnlyWhatIsSet() {
        TestResult original = TestResult.builder().withTestId(ID).withSourceFile("a/B.java").withModule("core")
                .withCoveredIds(List.of("FR-001")).withOutcome(TestOutcome.ERRORED).withDurationMs(7).withSetupMs(3)
                .withMessage("boom").withStackTrace("boom\n\tat x").build();

        assertThat(original.toBuilder().build()).isEqualTo(original);
        assertThat(original.toBuilder().withOutcome(TestOutcome.PASSED).build())
                .isEqualTo(new TestResult(ID, "a/B.java", null, null, null, "core", null, List.of("FR-001"),
                        TestOutcome.PASSED, 7, "boom", "boom\n\tat x", 3));
    }

    @Test
    @Covers("002-FR-004")
    void negativeTimesCountAsZeroAndNoCoveredIdsAsNone() {
        TestResult result = TestResult.builder().withTestId(ID).withOutcome(TestOutcome.SKIPPED).withDurationMs(-5)
                .withSetupMs(-1).withCoveredIds((List<String>) null).build();

        assertThat(result.durationMs()).isZero();
        assertThat(result.setupMs()).isZero();
        assertThat(result.coveredIds()).isEmpty();
    }

    @Test
    @Covers("002-FR-004")
    void aMissingTestIdOrOutcomeIsNamedWithTheCallThatFixesIt() {
        assertThatThrownBy(() -> TestResult.builder().withOutcome(TestOutcome.PASSED).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("""
                        TestResult.testId is required.
                          expected: a value for testId
                          found:    none: withTestId was never called
                          where:    TestResult.Builder.withTestId(...)
                          fix:      call withTestId("path/to/FooTest.java::FooTest::method") before build()""");
        assertThatThrownBy(() -> TestResult.builder().withTestId(ID).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TestResult.outcome is required.\n")
                .hasMessageContaining("where:    TestResult.Builder.withOutcome(...)\n")
                .hasMessageEndingWith("fix:      call withOutcome(TestOutcome.PASSED) before build()");
        assertThatThrownBy(() -> TestResult.builder().withTestId(ID).withOutcome(null).build())
                .as("null means not given: the outcome stays unset")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TestResult.outcome is required.\n");
    }
}
