package io.charter.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Tells whoever watches a run that it changed (metric points, params, tags or status), once the
 * transaction that changed it has committed: the run page subscribes to push learning curves while
 * a worker reports them. A notification carries only the run's id — a subscriber reads the run
 * again under its own identity — and it reaches only subscribers in this server process; pages
 * served by another replica fall back to their slower poll.
 */
@ApplicationScoped
public class RunUpdates {

    private static final Logger LOG = Logger.getLogger(RunUpdates.class);

    /** Fired inside the changing transaction; delivered after it commits. */
    public record RunChanged(UUID runId) {
    }

    /** Cancels a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<UUID, List<Runnable>> listeners = new ConcurrentHashMap<>();
    // listeners run off the committing thread, so a slow page never slows a worker's event
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "charter-run-updates");
        t.setDaemon(true);
        return t;
    });

    @Inject
    Event<RunChanged> events;

    /** Announces, in the caller's transaction, that {@code runId} changed. */
    public void changed(UUID runId) {
        events.fire(new RunChanged(runId));
    }

    /** Calls {@code listener} after every committed change of {@code runId} until the subscription is closed. */
    public Subscription subscribe(UUID runId, Runnable listener) {
        listeners.computeIfAbsent(runId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(runId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunChanged change) {
        List<Runnable> watching = listeners.get(change.runId());
        if (watching == null) {
            return;
        }
        for (Runnable listener : watching) {
            delivery.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.debugf(e, "a listener of run %s failed", change.runId());
                }
            });
        }
    }

    /** Subscribers of {@code runId} now (for tests). */
    int subscribers(UUID runId) {
        return listeners.getOrDefault(runId, List.of()).size();
    }
}
