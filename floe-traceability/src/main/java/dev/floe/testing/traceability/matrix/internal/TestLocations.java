package dev.floe.testing.traceability.matrix.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;

/** Where a test for an uncovered requirement most likely belongs, and what its class could be called. */
@API(status = INTERNAL, since = "0.1.0")
public final class TestLocations {

    private TestLocations() {
    }

    static String suggestion(Requirement requirement, String usualFile) {
        String id = requirement.id().toString();
        if (usualFile != null) {
            return "add @Covers(\"" + id + "\") to a test in " + usualFile;
        }
        return "a test annotated @Covers(\"" + id + "\") in src/test/java, e.g. " + className(requirement) + ".java";
    }

    /** A test class name from the requirement's category ({@code data-model} gives {@code DataModelTest}). */
    public static String className(Requirement requirement) {
        StringBuilder name = new StringBuilder();
        String category = requirement.category() == null ? "" : requirement.category();
        for (String part : category.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return (name.length() == 0 ? "Requirement" : name.toString()) + "Test";
    }

    /** Per feature, the source file that holds most tests of that feature: where a new test most likely belongs. */
    static Map<String, String> usualFilePerFeature(Map<String, List<String>> testsByRequirement,
            Map<String, TestResult> testsById, Map<String, Requirement> byId) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        testsByRequirement.forEach((requirementId, ids) -> {
            String feature = MatrixBuilder.featureOf(byId.get(requirementId));
            for (String testId : ids) {
                String file = testsById.get(testId).sourceFile();
                if (file != null) {
                    counts.computeIfAbsent(feature, k -> new HashMap<>()).merge(file, 1, Integer::sum);
                }
            }
        });
        Map<String, String> usual = new HashMap<>();
        counts.forEach((feature, perFile) -> usual.put(feature, perFile.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return usual;
    }
}
