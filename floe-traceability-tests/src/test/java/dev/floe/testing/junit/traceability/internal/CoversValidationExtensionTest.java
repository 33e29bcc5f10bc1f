package dev.floe.testing.junit.traceability.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.floe.testing.junit.traceability.Covers;

class CoversValidationExtensionTest {

    @Retention(RetentionPolicy.RUNTIME)
    @Covers("FR-7")
    @interface CoversSeven {
    }

    static class IdsTestCase {
        @Test
        @Covers({ "FR-001", "FR-006a", "006-FR-024" })
        void wellFormed() {
        }

        @Test
        @Covers({ "FR-001", "fr-24" })
        void lowerCaseAndShort() {
        }

        @Test
        @CoversSeven
        void throughMetaAnnotation() {
        }

        @Test
        @Covers("requirement 12")
        void nothingClose() {
        }
    }

    @Covers("6-FR-2")
    static class ClassLevelTestCase {
        @Test
        void inherits() {
        }

        @Nested
        class Inner {
            @Test
            void nested() {
            }
        }
    }

    @TempDir
    Path root;

    private Events run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type))
                .configurationParameter("floe.traceability.root", root.toString()).execute().testEvents();
    }

    private void spec(String... localIds) throws Exception {
        StringBuilder md = new StringBuilder("# Feature 006\n\n## Requirements\n\n");
        for (String id : localIds) {
            md.append("- **").append(id).append("**: The platform MUST do ").append(id).append(".\n");
        }
        Files.createDirectories(root.resolve("specs/006-demo"));
        Files.writeString(root.resolve("specs/006-demo/spec.md"), md);
    }

    @Test
    @Covers({ "002-FR-002", "002-FR-001" })
    void failsATestWithAnIllFormedIdNamingTheIdTheTestAndWhatWasMeant() throws Exception {
        spec("FR-001", "FR-007", "FR-024", "FR-012");
        String type = IdsTestCase.class.getName();
        Events events = run(IdsTestCase.class);

        events.assertStatistics(stats -> stats.started(4).succeeded(1).failed(3));
        events.assertThatEvents().haveExactly(1, event(test("lowerCaseAndShort"), finishedWithFailure(
                instanceOf(IllegalArgumentException.class), message(illFormed("'fr-24'", type + "#lowerCaseAndShort()",
                        "; 'fr-24': did you mean FR-024?")))));
        events.assertThatEvents().haveExactly(1, event(test("throughMetaAnnotation"), finishedWithFailure(
                message(illFormed("'FR-7'", type + "#throughMetaAnnotation()", "; 'FR-7': did you mean FR-007?")))));
        events.assertThatEvents().haveExactly(1, event(test("nothingClose"), finishedWithFailure(
                message(illFormed("'requirement 12'", type + "#nothingClose()", "")))));
    }

    /** The message for the ill-formed {@code found} ids in the @Covers of {@code test}, with the did-you-mean fix. */
    private static String illFormed(String found, String test, String suggestions) {
        return "Ill-formed requirement id " + found + " in @Covers of " + test + ".\n"
                + "  expected: ids such as FR-024, FR-006a or 006-FR-024\n"
                + "  found:    " + found + "\n"
                + "  where:    @Covers of " + test + "\n"
                + "  fix:      write each id as FR-024, FR-006a or 006-FR-024" + suggestions;
    }

    static class NearIdTestCase {
        @Test
        @Covers("FR-0244")
        void oneDigitTooMany() {
        }
    }

    @Test
    @Covers("002-FR-002")
    void suggestsTheClosestIdTheSpecsDefine() throws Exception {
        spec("FR-024", "FR-100");

        run(NearIdTestCase.class).assertThatEvents().haveExactly(1, event(test("oneDigitTooMany"), finishedWithFailure(
                message(m -> m.contains("found:    'FR-0244'\n") && m.endsWith("'FR-0244': did you mean FR-024?")))));
    }

    @Test
    @Covers("002-FR-002")
    void withoutSpecsSuggestsTheWellFormedFormOfWhatWasWritten() {
        run(IdsTestCase.class).assertThatEvents().haveExactly(1, event(test("throughMetaAnnotation"),
                finishedWithFailure(message(m -> m.endsWith("; 'FR-7': did you mean FR-007?")))));
    }

    @Test
    @Covers({ "002-FR-002", "002-FR-001" })
    void aBadIdOnTheClassFailsEveryTestOfItIncludingNestedOnes() throws Exception {
        spec("FR-002");
        Events events = run(ClassLevelTestCase.class);

        events.assertStatistics(stats -> stats.started(2).failed(2));
        events.assertThatEvents().haveExactly(1, event(test("nested"), finishedWithFailure(message(illFormed("'6-FR-2'",
                ClassLevelTestCase.Inner.class.getName() + "#nested()", "; '6-FR-2': did you mean 006-FR-002?")))));
    }

    interface CitingInterface {
        @Test
        @Covers("FR-9")
        default void fromInterface() {
        }
    }

    static class CitingBase {
        @Test
        @Covers("FR_010")
        void inheritedIllFormed() {
        }

        @Test
        @Covers("FR-010")
        void inheritedWellFormed() {
        }
    }

    static class MixedTestCase extends CitingBase implements CitingInterface {
        @Test
        @Covers("FR-011")
        void wellFormed() {
        }

        @Test
        void citesNothing() {
        }

        @Covers("not an id")
        void helperThatIsNoTest() {
        }
    }

    static class CleanTestCase {
        @Test
        @Covers("FR-010")
        void one() {
        }

        @Test
        @Covers({ "FR-010", "006-FR-011" })
        void two() {
        }
    }

    @Test
    @Covers({ "002-FR-027", "002-FR-002" })
    void checkedOncePerClassAnIllFormedIdStillFailsExactlyTheTestsThatCiteIt() throws Exception {
        spec("FR-009", "FR-010", "FR-011");

        Events mixed = run(MixedTestCase.class);
        Events clean = run(CleanTestCase.class);

        mixed.assertStatistics(stats -> stats.started(5).succeeded(3).failed(2));
        mixed.assertThatEvents().haveExactly(1, event(test("fromInterface"), finishedWithFailure(message(
                m -> m.startsWith("Ill-formed requirement id 'FR-9' in @Covers of " + MixedTestCase.class.getName()
                        + "#fromInterface()")))));
        mixed.assertThatEvents().haveExactly(1, event(test("inheritedIllFormed"), finishedWithFailure(message(
                m -> m.contains("'FR_010'") && m.endsWith("did you mean FR-010?")))));
        clean.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    @Covers({ "002-FR-026", "002-FR-002" })
    void withTraceabilitySwitchedOffIllFormedIdsStillFailTheirTests() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(IdsTestCase.class))
                .configurationParameter("floe.traceability.root", root.toString())
                .configurationParameter("floe.traceability.enabled", "false").execute().testEvents();

        events.assertStatistics(stats -> stats.started(4).succeeded(1).failed(3));
    }
}
