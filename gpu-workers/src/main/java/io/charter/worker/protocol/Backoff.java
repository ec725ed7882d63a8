package io.charter.worker.protocol;

import java.time.Duration;

/**
 * Exponential backoff within a time budget: the waits double from {@code first} up to {@code max},
 * and a retry is only allowed while the time spent stays within the budget. A server restart or a
 * short network outage is ridden out; a server gone for longer ends the attempt (exit 2).
 */
final class Backoff {

    /** Sleeps; a test replaces it so that retries take no time. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration budget;
    private final Duration first;
    private final Duration max;
    private final Sleeper sleeper;

    Backoff(Duration budget, Duration first, Duration max, Sleeper sleeper) {
        this.budget = budget;
        this.first = first;
        this.max = max;
        this.sleeper = sleeper;
    }

    /** One sequence of retries of one request. */
    Attempts attempts() {
        return new Attempts();
    }

    final class Attempts {
        private Duration waited = Duration.ZERO;
        private Duration next = first;

        /**
         * Waits before the next try; false (without waiting) once the budget is spent.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        boolean waitBeforeRetry() throws InterruptedException {
            if (waited.plus(next).compareTo(budget) > 0) {
                return false;
            }
            sleeper.sleep(next);
            waited = waited.plus(next);
            next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
            return true;
        }
    }
}
