package io.charter.scheduler.tuning;

import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.List;
import java.util.Map;

/**
 * A search algorithm behind katib's two-method contract: {@link #validate} refuses a space it
 * cannot search, {@link #suggest} proposes the next trial's parameters from the history.
 *
 * <p>Implementations are pure: the suggestion depends only on the space, the history (any order),
 * the trial number and the sampler's own options and seed (see {@link Seeds}). The history may hold
 * RUNNING trials (parallel workers) and trials of any state; a sampler ignores what it cannot use.
 */
public interface Sampler {

    /** Throws {@link io.charter.scheduler.tuning.space.SearchSpaceException} for a space this sampler cannot search. */
    default void validate(SearchSpace space) {
    }

    /**
     * The parameters of trial {@code trialNumber}: a value for exactly the parameters that the
     * values themselves make active, in the space's order.
     */
    Map<String, Object> suggest(SearchSpace space, List<Trial> history, long trialNumber);

    /** Whether no new suggestion is left; only finite samplers (a grid) ever say so. */
    default boolean exhausted(SearchSpace space, List<Trial> history) {
        return false;
    }
}
