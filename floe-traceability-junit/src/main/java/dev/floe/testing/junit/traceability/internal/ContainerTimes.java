package dev.floe.testing.junit.traceability.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time each container (a test class) spends outside its children: its set-up and tear-down
 * ({@code @BeforeAll}, {@code @AfterAll}, class extensions), a container's wall time minus the wall time of its
 * direct children. Containers are timed by their own events; tests add their durations once the plan is over,
 * so a test costs nothing here while it runs. Thread-safe.
 */
final class ContainerTimes {

    private final Map<String, Long> starts = new ConcurrentHashMap<>();
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private final Map<String, Long> childNanos = new ConcurrentHashMap<>();

    void containerStarted(String id, long now) {
        starts.put(id, now);
    }

    /** A direct child of {@code parentId} (a test or a container) took {@code nanos}. */
    void childFinished(String parentId, long nanos) {
        if (parentId != null && nanos > 0) {
            childNanos.merge(parentId, nanos, Long::sum);
        }
    }

    /** Records the container's wall time and hands it on to its parent. */
    void containerFinished(String id, String parentId, long now) {
        Long start = starts.remove(id);
        if (start == null) {
            return;
        }
        long total = now - start;
        totals.put(id, total);
        childFinished(parentId, total);
    }

    /** The container's time outside its children, in milliseconds; {@code 0} when unknown. */
    long ownMillis(String id) {
        Long total = totals.get(id);
        if (total == null) {
            return 0;
        }
        long own = total - childNanos.getOrDefault(id, 0L);
        return own > 0 ? own / 1_000_000 : 0;
    }
}
