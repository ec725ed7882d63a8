package io.charter.training.service;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * Retries a whole transaction that lost an optimistic-lock race on a job row. The dispatcher,
 * the worker's events and a user's cancel all change the same row; each decision is re-made on
 * the fresh row (the state machine is idempotent), so a retry is always safe.
 */
public final class Conflicts {

    static final int ATTEMPTS = 5;

    private Conflicts() {
    }

    /** Runs {@code transaction} (which must begin and end its own transaction) until it commits without a conflict. */
    public static <T> T retry(Supplier<T> transaction) {
        for (int i = 1; ; i++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (i >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(10L * i);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
