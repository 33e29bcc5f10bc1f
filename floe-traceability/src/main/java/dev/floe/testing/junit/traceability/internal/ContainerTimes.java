package dev.floe.testing.junit.traceability.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time each container (a test class) spends outside its children: its set-up and tear-down
 * ({@code @BeforeAll}, {@code @AfterAll}, class extensions), computed from container events alone: a
 * container's wall time minus the wall time of its direct children. Thread-safe.
 */
final class ContainerTimes {

    private final Map<String, Long> starts = new ConcurrentHashMap<>();
    private final Map<String, Long> childNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> ownNanos = new ConcurrentHashMap<>();

    void containerStarted(String id, long now) {
        starts.put(id, now);
    }

    /** A direct child of {@code parentId} (a test or a container) took {@code nanos}. */
    void childFinished(String parentId, long nanos) {
        if (parentId != null) {
            childNanos.merge(parentId, nanos, Long::sum);
        }
    }

    /** Records the container's own time and hands its wall time on to its parent. */
    void containerFinished(String id, String parentId, long now) {
        Long start = starts.remove(id);
        if (start == null) {
            return;
        }
        long total = now - start;
        long own = total - childNanos.getOrDefault(id, 0L);
        if (own > 0) {
            ownNanos.put(id, own);
        }
        childFinished(parentId, total);
    }

    /** The container's time outside its children, in milliseconds; {@code 0} when unknown. */
    long ownMillis(String id) {
        return ownNanos.getOrDefault(id, 0L) / 1_000_000;
    }
}
