package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Seeds;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.List;
import java.util.Map;

/**
 * Random search (Bergstra &amp; Bengio, "Random Search for Hyper-Parameter Optimization", JMLR 2012):
 * every trial draws each active parameter independently ({@link Draws}). Ignores the history.
 *
 * @param seed the study seed; trial {@code n} draws from {@link Seeds#rng(long, long) Seeds.rng(seed, n)}
 */
public record RandomSampler(long seed) implements Sampler {

    @Override
    public Map<String, Object> suggest(SearchSpace space, List<Trial> history, long trialNumber) {
        return Draws.all(space, Seeds.rng(seed, trialNumber));
    }
}
