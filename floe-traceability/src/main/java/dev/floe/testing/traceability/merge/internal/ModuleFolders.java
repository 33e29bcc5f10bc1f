package dev.floe.testing.traceability.merge.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.floe.testing.traceability.result.TestResult;

/**
 * Rebases the test paths of a module that was its own build root ({@code src/test/java/...}, because the
 * module holds its own {@code specs/}) onto the merge's build root ({@code core-example/src/test/java/...}),
 * so that the merged matrix's paths, test ids and suggested test locations name the module's folder.
 *
 * <p>The module's folder is the one holding the input's {@code target} folder, relative to the build root;
 * when the input lies elsewhere (say, a CI artifact), the test's module name stands in for it. Paths that
 * already start elsewhere than a source root ({@code src/}) are left as they are.
 */
final class ModuleFolders {

    private static final String SOURCE_ROOT = "src/";

    private ModuleFolders() {
    }

    /** The results of {@code input}, rebased onto {@code buildRoot}; {@code null} root: as they are. */
    static List<TestResult> rebase(MergeInput input, Path buildRoot) {
        if (buildRoot == null) {
            return input.results();
        }
        String folder = folderOf(input.source(), buildRoot);
        List<TestResult> rebased = null;
        for (int i = 0; i < input.results().size(); i++) {
            TestResult result = input.results().get(i);
            String prefix = folder != null ? folder : result.module();
            TestResult moved = prefix == null || prefix.isBlank() ? result : rebase(result, prefix);
            if (moved != result && rebased == null) {
                rebased = new ArrayList<>(input.results().subList(0, i));
            }
            if (rebased != null) {
                rebased.add(moved);
            }
        }
        return rebased == null ? input.results() : rebased;
    }

    private static TestResult rebase(TestResult result, String prefix) {
        String file = result.sourceFile();
        if (file == null || !file.startsWith(SOURCE_ROOT)) {
            return result;
        }
        String moved = prefix + "/" + file;
        String testId = result.testId().startsWith(file + "::") ? moved + result.testId().substring(file.length())
                : result.testId();
        return result.toBuilder().withTestId(testId).withSourceFile(moved).build();
    }

    /**
     * The folder holding the {@code target} folder the input lies in, relative to {@code buildRoot} with
     * {@code /}: {@code ""} for the build root itself, {@code null} when the input is not in a target folder
     * under the build root.
     */
    static String folderOf(String source, Path buildRoot) {
        Path root = buildRoot.toAbsolutePath().normalize();
        Path file = Path.of(source).toAbsolutePath().normalize();
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("target")) {
                Path module = dir.getParent();
                return module == null || !module.startsWith(root) ? null
                        : root.relativize(module).toString().replace('\\', '/');
            }
        }
        return null;
    }
}
