package io.charter.worker.run;

import io.charter.worker.protocol.WorkerEvent;
import io.charter.worker.protocol.WorkerEvent.MetricPoint;
import io.charter.worker.training.Metric;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers the metrics a training reports so that they reach the server in batches: at most
 * {@link WorkerEvent#MAX_METRICS} per event and about one event per {@code intervalMillis}
 * (a training can report thousands of points a second, the server should not take one request
 * each). Not thread-safe; the reporter that owns it serializes access. Non-finite values are
 * dropped: JSON has no number for them (a diverged loss ends the training anyway).
 */
final class MetricBatcher {

    private final long intervalMillis;
    private final ArrayDeque<MetricPoint> pending = new ArrayDeque<>();
    private long lastTaken;

    MetricBatcher(long intervalMillis, long nowMillis) {
        this.intervalMillis = intervalMillis;
        this.lastTaken = nowMillis;
    }

    void add(Metric metric, long nowMillis) {
        if (Double.isFinite(metric.value())) {
            pending.add(new MetricPoint(metric.name(), metric.value(), metric.step(), nowMillis));
        }
    }

    /** Whether a batch should be sent now: a full one, or some after the interval. */
    boolean due(long nowMillis) {
        return pending.size() >= WorkerEvent.MAX_METRICS
                || !pending.isEmpty() && nowMillis - lastTaken >= intervalMillis;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Removes and returns the oldest metrics, at most {@link WorkerEvent#MAX_METRICS}. */
    List<MetricPoint> take(long nowMillis) {
        List<MetricPoint> batch = new ArrayList<>(Math.min(pending.size(), WorkerEvent.MAX_METRICS));
        while (!pending.isEmpty() && batch.size() < WorkerEvent.MAX_METRICS) {
            batch.add(pending.poll());
        }
        lastTaken = nowMillis;
        return batch;
    }
}
