package io.charter.scheduler.tuning.nas;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Seeds;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.scheduler.tuning.space.SearchSpaceException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Regularized (ageing) evolution (Real et al., "Regularized Evolution for Image Classifier
 * Architecture Search", AAAI 2019, Algorithm 1), as a {@link Sampler} over
 * {@link NasSpace#toSearchSpace()}:
 *
 * <ol>
 *   <li>until {@code populationSize} trials have completed, suggest random architectures;</li>
 *   <li>afterwards the population is the {@code populationSize} most recent completed trials
 *       (ageing: the oldest leaves as a new one arrives, whatever its fitness);</li>
 *   <li>draw {@code sampleSize} distinct members, take the fittest ({@link Fitness}; ties → the
 *       younger) as parent, and suggest its child by one {@link Mutation}.</li>
 * </ol>
 * "Recent" is by trial number, which is the order of completion when trials run one at a time;
 * with parallel workers it is the order of suggestion. The population is recomputed from the
 * history each time, so the sampler is pure and deterministic given its seed.
 *
 * @param space          the architectures
 * @param populationSize P (Real et al. use 100 on their budget; 20 suits studies of hundreds of trials)
 * @param sampleSize     S, tournament size, {@code 1 <= S <= P}
 * @param fitness        what the tournament maximizes
 * @param seed           the study seed
 */
public record RegularizedEvolution(NasSpace space, int populationSize, int sampleSize, Fitness fitness, long seed)
        implements Sampler {

    public RegularizedEvolution {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(fitness, "fitness");
        if (populationSize < 1) {
            throw new IllegalArgumentException("populationSize must be >= 1, but got " + populationSize);
        }
        if (sampleSize < 1 || sampleSize > populationSize) {
            throw new IllegalArgumentException("sampleSize must be in [1, populationSize=" + populationSize
                    + "], but got " + sampleSize);
        }
    }

    /** P = 20, S = 5, fitness = the trial value in {@code direction}. */
    public static RegularizedEvolution of(NasSpace space, Direction direction, long seed) {
        return new RegularizedEvolution(space, 20, 5, Fitness.objective(direction), seed);
    }

    @Override
    public void validate(SearchSpace searchSpace) {
        if (!searchSpace.equals(space.toSearchSpace())) {
            throw new SearchSpaceException(null, "the search space must be NasSpace.toSearchSpace() of this strategy's"
                    + " NasSpace, but got " + searchSpace);
        }
    }

    @Override
    public Map<String, Object> suggest(SearchSpace searchSpace, List<Trial> history, long trialNumber) {
        SplittableRandom rng = Seeds.rng(seed, trialNumber);
        List<Trial> population = population(history, trialNumber);
        if (population.size() < populationSize) {
            return space.toParams(space.random(rng));
        }
        Trial parent = tournament(population, rng);
        return space.toParams(Mutation.mutate(space.fromParams(parent.params()), space, rng));
    }

    /** The current population: the most recent {@code populationSize} completed trials other than {@code trialNumber}, oldest first. */
    public List<Trial> population(List<Trial> history, long trialNumber) {
        List<Trial> completed = new ArrayList<>(history.stream()
                .filter(t -> t.state() == TrialState.COMPLETE && t.number() != trialNumber).toList());
        completed.sort(Comparator.comparingLong(Trial::number));
        return List.copyOf(completed.subList(Math.max(0, completed.size() - populationSize), completed.size()));
    }

    /** The fittest of {@code sampleSize} members drawn without replacement. */
    Trial tournament(List<Trial> population, SplittableRandom rng) {
        List<Trial> pool = new ArrayList<>(population);
        Trial best = null;
        for (int i = 0; i < sampleSize; i++) {
            Trial t = pool.remove(rng.nextInt(pool.size()));
            if (best == null || fitness.score(t) > fitness.score(best)
                    || (fitness.score(t) == fitness.score(best) && t.number() > best.number())) {
                best = t;
            }
        }
        return best;
    }
}
