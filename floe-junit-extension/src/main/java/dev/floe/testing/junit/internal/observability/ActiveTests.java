package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Which test a span belongs to: the test running on the span's thread (inherited by threads it
 * starts), or the test that owns the span's parent trace (spans started on pool threads). Also the
 * registry of span processors to flush before fetching. Free of OpenTelemetry types: OpenTelemetry is
 * optional, and only {@code FloeSpanCapture} (which registers its flush here) may load it.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ActiveTests {

    private static final InheritableThreadLocal<TestObservability> CURRENT = new InheritableThreadLocal<>();
    private static final Map<String, TestObservability> BY_TRACE = new ConcurrentHashMap<>();
    // Keyed weakly by the capture; the flush must not refer to its key, or the capture would never be collected.
    private static final Map<Object, Consumer<Duration>> PROCESSORS = Collections.synchronizedMap(new WeakHashMap<>());

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

    /** Registers {@code flush} (flushes a span processor, waiting at most the given time) for as long as {@code capture} lives. */
    public static void register(Object capture, Consumer<Duration> flush) {
        PROCESSORS.put(capture, flush);
    }

    public static void unregister(Object capture) {
        PROCESSORS.remove(capture);
    }

    /** Flushes every registered processor, waiting at most {@code timeout} for each. */
    static void flushAll(Duration timeout) {
        List<Consumer<Duration>> flushes;
        synchronized (PROCESSORS) {
            flushes = List.copyOf(PROCESSORS.values());
        }
        for (Consumer<Duration> flush : flushes) {
            flush.accept(timeout);
        }
    }
}
