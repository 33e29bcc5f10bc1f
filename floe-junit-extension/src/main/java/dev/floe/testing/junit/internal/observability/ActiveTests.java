package dev.floe.testing.junit.internal.observability;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Which test a span belongs to: the test running on the span's thread (inherited by threads it
 * starts), or the test that owns the span's parent trace (spans started on pool threads). Also the
 * registry of span processors to flush before fetching.
 */
public final class ActiveTests {

    private static final InheritableThreadLocal<TestObservability> CURRENT = new InheritableThreadLocal<>();
    private static final Map<String, TestObservability> BY_TRACE = new ConcurrentHashMap<>();
    private static final Set<SpanProcessor> PROCESSORS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private ActiveTests() {
    }

    static void enter(TestObservability test) {
        CURRENT.set(test);
    }

    static void exit(TestObservability test) {
        CURRENT.remove();
        BY_TRACE.values().removeIf(t -> t == test);
    }

    /** The test a span with {@code traceId} belongs to, or null. */
    public static TestObservability owner(String traceId) {
        TestObservability byTrace = BY_TRACE.get(traceId);
        if (byTrace != null) {
            return byTrace;
        }
        TestObservability current = CURRENT.get();
        if (current != null && !current.isFinished()) {
            BY_TRACE.put(traceId, current);
            return current;
        }
        return null;
    }

    /** The unfinished test running on this thread (or the thread that started it), or null. */
    public static TestObservability current() {
        TestObservability current = CURRENT.get();
        return current != null && !current.isFinished() ? current : null;
    }

    public static void register(SpanProcessor processor) {
        PROCESSORS.add(processor);
    }

    public static void unregister(SpanProcessor processor) {
        PROCESSORS.remove(processor);
    }

    /** Flushes every registered processor, waiting at most {@code timeout} for each. */
    static void flushAll(Duration timeout) {
        SpanProcessor[] processors;
        synchronized (PROCESSORS) {
            processors = PROCESSORS.toArray(new SpanProcessor[0]);
        }
        for (SpanProcessor processor : processors) {
            processor.forceFlush().join(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
