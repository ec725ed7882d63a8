package io.charter.worker.run;

import io.charter.worker.protocol.WorkerEvent.Progress;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.Metric;
import io.charter.worker.training.ResolvedSpec;
import io.charter.worker.training.StepUnit;

/**
 * How far a training is, for the events' {@code progress}: the unit and the planned total come
 * from the resolved hyperparameters ({@code epochs} of a network, {@code numRounds} of boosting);
 * an algorithm without either is a one-shot fit counted in iterations with no known total.
 * {@code completed} follows the highest step of that unit seen in a metric or a checkpoint. Not
 * thread-safe; the reporter serializes access.
 */
final class ProgressTracker {

    private final StepUnit unit;
    private final Long total;
    private long completed;

    ProgressTracker(StepUnit unit, Long total) {
        this.unit = unit;
        this.total = total;
    }

    static ProgressTracker of(ResolvedSpec spec) {
        if (spec.has("epochs")) {
            return new ProgressTracker(StepUnit.EPOCH, (long) spec.integer("epochs"));
        }
        if (spec.has("numRounds")) {
            return new ProgressTracker(StepUnit.ROUND, (long) spec.integer("numRounds"));
        }
        return new ProgressTracker(StepUnit.ITERATION, null);
    }

    /** A resumed training starts where its checkpoint ends. */
    void resumedFrom(Checkpoint checkpoint) {
        completed = Math.max(completed, checkpoint.completed());
    }

    void observe(Metric metric) {
        if (metric.unit() == unit) {
            completed = Math.max(completed, metric.step());
        }
    }

    void observe(Checkpoint checkpoint) {
        if (checkpoint.unit() == unit) {
            completed = Math.max(completed, checkpoint.completed());
        }
    }

    Progress current() {
        return new Progress(unit.name(), completed, total);
    }
}
