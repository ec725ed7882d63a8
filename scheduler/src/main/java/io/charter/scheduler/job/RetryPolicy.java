package io.charter.scheduler.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;

/**
 * When a requeued attempt may run: capped exponential backoff with jitter ("Exponential Backoff
 * And Jitter", M. Brooker, AWS Architecture Blog, 2015). For the attempt that just ended,
 * number {@code n},
 *
 * <pre>
 *   ceiling(n) = min(maxDelay, initialDelay · multiplier^(n−1))
 *   delay(n)   = ceiling(n) · (1 − jitter · u),   u uniform in [0, 1)
 * </pre>
 *
 * so {@code jitter = 0} is plain exponential backoff and {@code jitter = 1} is "full jitter".
 * Jitter spreads the retries of jobs that failed together (an S3 outage, a node lost), so they do
 * not come back as one wave.
 *
 * <p><b>Deterministic.</b> {@code u} comes from a {@link Random} seeded with {@code seed}, the job
 * id and the attempt, not from a shared generator: the same job and attempt always get the same
 * delay, whichever server replica computes it and in whatever order, and tests can state it.
 *
 * @param initialDelay ceiling after the first attempt; positive
 * @param multiplier   growth per attempt; at least 1
 * @param maxDelay     no delay is longer; at least {@code initialDelay}
 * @param jitter       fraction of the ceiling that may be taken off at random, in [0, 1]
 * @param seed         seeds the jitter
 */
public record RetryPolicy(Duration initialDelay, double multiplier, Duration maxDelay, double jitter, long seed) {

    /** Default first ceiling: long enough for a flapping dependency to recover. */
    public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofSeconds(10);
    /** Default cap: a retried training job never waits more than this for its backoff. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(10);

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, but got " + initialDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number >= 1, but got " + multiplier);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be >= initialDelay (" + initialDelay + "), but got "
                    + maxDelay);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be in [0, 1], but got " + jitter);
        }
    }

    /** 10 s doubling up to 10 min, with half of each ceiling jittered. */
    public static RetryPolicy standard(long seed) {
        return new RetryPolicy(DEFAULT_INITIAL_DELAY, 2.0, DEFAULT_MAX_DELAY, 0.5, seed);
    }

    /**
     * The earliest time the attempt after {@code endedAttempt} may be scheduled.
     *
     * @param jobId        the job, for the jitter
     * @param endedAttempt the attempt that failed or was lost (1-based)
     * @param endedAt      when it ended
     */
    public Instant earliestRetry(String jobId, int endedAttempt, Instant endedAt) {
        Objects.requireNonNull(endedAt, "endedAt");
        return endedAt.plus(delay(jobId, endedAttempt));
    }

    /** The backoff after attempt {@code endedAttempt} of {@code jobId}; never more than {@code maxDelay}. */
    public Duration delay(String jobId, int endedAttempt) {
        Objects.requireNonNull(jobId, "jobId");
        if (endedAttempt < 1) {
            throw new IllegalArgumentException("endedAttempt must be >= 1, but got " + endedAttempt);
        }
        double ceilingMillis = ceilingMillis(endedAttempt);
        double u = new Random(mix(seed, jobId, endedAttempt)).nextDouble();
        return Duration.ofMillis(Math.round(ceilingMillis * (1.0 - jitter * u)));
    }

    /** {@code min(maxDelay, initialDelay · multiplier^(n−1))} in milliseconds, without overflow. */
    double ceilingMillis(int endedAttempt) {
        double max = maxDelay.toMillis();
        double grown = initialDelay.toMillis() * Math.pow(multiplier, endedAttempt - 1);
        return Double.isNaN(grown) ? max : Math.min(max, grown);
    }

    /**
     * One 64-bit seed from the three inputs, through SplitMix64's finaliser: {@link Random} alone
     * gives correlated first draws for seeds that differ in a few low bits (attempt 1, 2, 3 …).
     * {@link String#hashCode} is fixed by the Java specification, so this is the same on every JVM.
     */
    private static long mix(long seed, String jobId, int attempt) {
        long z = seed + 0x9E3779B97F4A7C15L * (jobId.hashCode() * 31L + attempt);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
