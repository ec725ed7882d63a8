package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Trial;

import java.util.List;

/** Never prunes (Optuna's {@code NopPruner}). */
public record NopPruner() implements Pruner {

    @Override
    public PruneDecision prune(Trial trial, List<Trial> all, int step) {
        return PruneDecision.keep("pruning is off");
    }
}
