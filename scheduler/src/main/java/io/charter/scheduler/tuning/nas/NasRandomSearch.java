package io.charter.scheduler.tuning.nas;

import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Seeds;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.scheduler.tuning.space.SearchSpaceException;

import java.util.List;
import java.util.Map;

/**
 * Random architecture search, the baseline that Li &amp; Talwalkar ("Random Search and
 * Reproducibility for Neural Architecture Search", UAI 2019) found hard to beat: every trial an
 * independent {@link NasSpace#random} architecture.
 *
 * @param space the architectures
 * @param seed  the study seed
 */
public record NasRandomSearch(NasSpace space, long seed) implements Sampler {

    @Override
    public void validate(SearchSpace searchSpace) {
        if (!searchSpace.equals(space.toSearchSpace())) {
            throw new SearchSpaceException(null, "the search space must be NasSpace.toSearchSpace() of this strategy's"
                    + " NasSpace, but got " + searchSpace);
        }
    }

    @Override
    public Map<String, Object> suggest(SearchSpace searchSpace, List<Trial> history, long trialNumber) {
        return space.toParams(space.random(Seeds.rng(seed, trialNumber)));
    }
}
