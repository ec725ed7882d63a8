package io.charter.training.service;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * Retries a whole transaction that lost an optimistic-lock race on a job row, or that PostgreSQL
 * aborted as a deadlock's victim (a worker's event locks the job row, then the tenant's audit
 * chain; the study driver may take them the other way round). The dispatcher, the worker's
 * events, the study driver and a user's cancel all change the same row; each decision is re-made
 * on the fresh row (the state machine is idempotent), so a retry is always safe.
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
            // PostgreSQL chose this transaction as a deadlock's victim (or a serialization failure): retry it
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
