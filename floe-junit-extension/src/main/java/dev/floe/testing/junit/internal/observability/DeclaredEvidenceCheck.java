package dev.floe.testing.junit.internal.observability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dev.floe.testing.fixtures.observability.LineageAssert;
import dev.floe.testing.fixtures.observability.LineageEventType;
import dev.floe.testing.fixtures.observability.LineageEvidence;
import dev.floe.testing.fixtures.observability.ObservabilityAssertions;
import dev.floe.testing.fixtures.observability.RunAwait;
import dev.floe.testing.fixtures.observability.Trace;
import dev.floe.testing.fixtures.observability.TraceAssert;
import dev.floe.testing.fixtures.observability.TraceAwait;
import dev.floe.testing.junit.RequiresObservability;

/** Checks the evidence a {@link RequiresObservability} declares, after the test body. */
final class DeclaredEvidenceCheck {

    private final RequiresObservability declared;
    private final TestObservability evidence;
    private final BackendConnections connections;

    DeclaredEvidenceCheck(RequiresObservability declared, TestObservability evidence, BackendConnections connections) {
        this.declared = declared;
        this.evidence = evidence;
        this.connections = connections;
    }

    void run(Consumer<String> warn) {
        boolean wantsTraces = declared.spans().length + declared.spanAttributes().length + declared.parentChild().length > 0;
        boolean wantsLineage = !declared.lineageJob().isBlank() || declared.events().length + declared.inputs().length
                + declared.outputs().length + declared.runFacets().length > 0;
        List<SpanAttribute> attributes = Arrays.stream(declared.spanAttributes()).map(SpanAttribute::parse).toList();
        List<String[]> pairs = Arrays.stream(declared.parentChild()).map(DeclaredEvidenceCheck::pair).toList();
        List<LineageEventType> events = Arrays.stream(declared.events()).map(DeclaredEvidenceCheck::eventType).toList();
        List<String[]> inputs = Arrays.stream(declared.inputs()).map(d -> dataset(d, "inputs")).toList();
        List<String[]> outputs = Arrays.stream(declared.outputs()).map(d -> dataset(d, "outputs")).toList();
        if (wantsTraces && usable(connections.traces(), warn, "trace")) {
            checkTraces(attributes, pairs);
        }
        if (wantsLineage && usable(connections.lineage(), warn, "lineage")) {
            checkLineage(events, inputs, outputs);
        }
    }

    private boolean usable(BackendConnections.Probed<?> probed, Consumer<String> warn, String checks) {
        if (probed.reachable()) {
            return true;
        }
        if (declared.required() || probed.endpoint().requiredByConfig()) {
            throw TestObservability.Unreachable.failure(probed, declared.required()
                    ? "@RequiresObservability(required = true) on " + evidence.testName()
                    : probed.endpoint().keyPrefix() + ".required=true");
        }
        warn.accept(TestObservability.Unreachable.warning(probed, evidence.testName(), checks));
        return false;
    }

    private void checkTraces(List<SpanAttribute> attributes, List<String[]> pairs) {
        List<String> names = new ArrayList<>(List.of(declared.spans()));
        attributes.forEach(a -> add(names, a.span()));
        pairs.forEach(p -> {
            add(names, p[0]);
            add(names, p[1]);
        });
        TraceAwait await;
        if (evidence.traceIds().size() == 1 || (!evidence.traceIds().isEmpty() && declared.traceService().isBlank())) {
            await = evidence.awaitTrace();
            if (!declared.traceService().isBlank()) {
                await = await.fromService(declared.traceService(), evidence.windowStart());
            }
        }
        else if (!declared.traceService().isBlank()) {
            await = evidence.searchTrace(declared.traceService());
        }
        else {
            throw new IllegalStateException(ShouldNameTraceSource.shouldNameTraceSource(evidence.testName(), names));
        }
        Trace trace = await.untilSpans(names.toArray(String[]::new));
        TraceAssert check = ObservabilityAssertions.assertThat(trace).as("@RequiresObservability on " + evidence.testName());
        check.hasSpans(names.toArray(String[]::new));
        attributes.forEach(a -> check.hasSpanWithAttribute(a.span(), a.key(), a.value()));
        pairs.forEach(p -> check.hasParentChild(p[0], p[1]));
    }

    private void checkLineage(List<LineageEventType> events, List<String[]> inputs, List<String[]> outputs) {
        RunAwait await;
        if (!evidence.runIds().isEmpty()) {
            await = evidence.awaitRun();
        }
        else if (!declared.lineageNamespace().isBlank() && !declared.lineageJob().isBlank()) {
            await = evidence.awaitJob(declared.lineageNamespace(), declared.lineageJob());
        }
        else {
            throw new IllegalStateException(ShouldNameLineageJob.shouldNameLineageJob(evidence.testName()));
        }
        LineageEvidence run = events.isEmpty() ? await.untilFinished() : await.untilEvents(events.toArray(LineageEventType[]::new));
        LineageAssert check = ObservabilityAssertions.assertThat(run).as("@RequiresObservability on " + evidence.testName());
        if (!declared.lineageJob().isBlank()) {
            check.belongsToJob(declared.lineageNamespace(), declared.lineageJob());
        }
        inputs.forEach(d -> check.hasInput(d[0], d[1]));
        outputs.forEach(d -> check.hasOutput(d[0], d[1]));
        Arrays.stream(declared.runFacets()).forEach(check::hasRunFacet);
    }

    private static void add(List<String> names, String name) {
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            names.add(name);
        }
    }

    private static String[] pair(String text) {
        String[] parts = text.split(">", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(ShouldBeValidAnnotationValue.shouldBeValidAnnotationValue("parentChild", text,
                    "parent>child"));
        }
        return new String[] { parts[0].strip(), parts[1].strip() };
    }

    private static String[] dataset(String text, String attribute) {
        int split = text.indexOf("::");
        if (split <= 0 || split + 2 >= text.length()) {
            throw new IllegalArgumentException(ShouldBeValidAnnotationValue.shouldBeValidAnnotationValue(attribute, text,
                    "namespace::name, e.g. postgres://db:5432::public.orders"));
        }
        return new String[] { text.substring(0, split), text.substring(split + 2) };
    }

    private static LineageEventType eventType(String text) {
        try {
            return LineageEventType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ShouldBeValidAnnotationValue.shouldBeValidAnnotationValue("event", text,
                    "one of " + Arrays.toString(LineageEventType.values())), e);
        }
    }

    /** {@code spanName:key=value}. */
    record SpanAttribute(String span, String key, String value) {

        static SpanAttribute parse(String text) {
            int eq = text.indexOf('=');
            int colon = eq < 0 ? -1 : text.lastIndexOf(':', eq);
            if (eq < 0 || colon <= 0 || colon + 1 >= eq) {
                throw new IllegalArgumentException(ShouldBeValidAnnotationValue.shouldBeValidAnnotationValue("spanAttributes",
                        text, "spanName:key=value, e.g. load:rows.written=42"));
            }
            return new SpanAttribute(text.substring(0, colon).strip(), text.substring(colon + 1, eq).strip(), text.substring(eq + 1));
        }
    }
}
