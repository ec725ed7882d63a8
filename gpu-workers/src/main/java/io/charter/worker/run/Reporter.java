package io.charter.worker.run;

import io.charter.worker.protocol.FencedException;
import io.charter.worker.protocol.ReportFailedException;
import io.charter.worker.protocol.WorkerEvent;
import io.charter.worker.protocol.WorkerEvent.CheckpointRef;
import io.charter.worker.protocol.WorkerEvent.MetricPoint;
import io.charter.worker.protocol.WorkerEvent.Progress;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Everything a launch tells the server goes through here, from the training thread and the
 * heartbeat thread alike (hence synchronized): metrics are batched, every event carries the
 * current progress, and once the server fenced the launch or could not be reached nothing more
 * is sent — every later call rethrows that first exception, so whichever thread calls next stops.
 */
final class Reporter {

    /** Sends one event; {@code ServerClient::send} in production. */
    @FunctionalInterface
    interface EventSink {
        void send(WorkerEvent event);
    }

    /** About one metrics event per second at most. */
    static final long METRIC_INTERVAL_MILLIS = 1000;

    private final EventSink sink;
    private final LongSupplier clock;
    private final MetricBatcher batcher;
    private ProgressTracker progress;
    private RuntimeException stopped;

    Reporter(EventSink sink, LongSupplier clock) {
        this.sink = sink;
        this.clock = clock;
        this.batcher = new MetricBatcher(METRIC_INTERVAL_MILLIS, clock.getAsLong());
    }

    synchronized void start(Map<String, String> params, Map<String, String> tags) {
        send(WorkerEvent.start(params, tags));
    }

    /** From now on events carry this training's progress. */
    synchronized void track(ProgressTracker tracker) {
        progress = tracker;
    }

    synchronized void metric(Metric metric) {
        throwIfStopped();
        if (progress != null) {
            progress.observe(metric);
        }
        long now = clock.getAsLong();
        batcher.add(metric, now);
        if (batcher.due(now)) {
            send(WorkerEvent.heartbeat(progress(), batcher.take(now), null));
        }
    }

    /** Reports a checkpoint already uploaded under {@code key}, with the metrics that led to it. */
    synchronized void checkpoint(Checkpoint checkpoint, String key) {
        throwIfStopped();
        if (progress != null) {
            progress.observe(checkpoint);
        }
        long now = clock.getAsLong();
        send(WorkerEvent.heartbeat(progress(), batcher.take(now), new CheckpointRef(key, checkpoint.completed())));
    }

    synchronized void heartbeat() {
        send(WorkerEvent.heartbeat(progress(), batcher.take(clock.getAsLong()), null));
    }

    /** Sends every buffered metric (in events of at most {@link WorkerEvent#MAX_METRICS}). */
    synchronized void flush() {
        while (!batcher.isEmpty()) {
            send(WorkerEvent.heartbeat(progress(), batcher.take(clock.getAsLong()), null));
        }
    }

    synchronized void succeed(Map<String, Double> finalMetrics) {
        flush();
        long now = clock.getAsLong();
        List<MetricPoint> points = new ArrayList<>();
        finalMetrics.forEach((name, value) -> points.add(new MetricPoint(name, value, 0, now)));
        send(WorkerEvent.succeed(progress(), points.subList(0, Math.min(points.size(), WorkerEvent.MAX_METRICS))));
    }

    synchronized void fail(String reason, boolean retryable) {
        send(WorkerEvent.fail(reason, retryable));
    }

    private Progress progress() {
        return progress == null ? null : progress.current();
    }

    private void send(WorkerEvent event) {
        throwIfStopped();
        try {
            sink.send(event);
        } catch (FencedException | ReportFailedException e) {
            // an interrupted send (the heartbeat thread stopped as the launch finishes) is not the
            // server refusing this launch: it must not fail the events still to come, SUCCEED among them
            if (!(e.getCause() instanceof InterruptedException)) {
                stopped = e;
            }
            throw e;
        }
    }

    private void throwIfStopped() {
        if (stopped != null) {
            throw stopped;
        }
    }
}
