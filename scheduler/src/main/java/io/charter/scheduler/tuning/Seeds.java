package io.charter.scheduler.tuning;

import java.util.SplittableRandom;

/**
 * Random numbers per trial. Every sampler draws from {@link #rng(long, long)}, a generator seeded
 * with the study seed and the trial number only: the same history gives the same suggestion for a
 * trial whichever worker asks and in whatever order parallel trials were asked (Optuna keeps one
 * generator per sampler, so its suggestions depend on the order of calls; ours do not).
 */
public final class Seeds {

    private Seeds() {
    }

    /** The generator of trial {@code trialNumber} in a study seeded with {@code seed}. */
    public static SplittableRandom rng(long seed, long trialNumber) {
        return new SplittableRandom(mix(seed ^ mix(trialNumber + 0x632BE59BD9B4E019L)));
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
