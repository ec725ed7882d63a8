package io.charter.worker.run;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends HEARTBEAT every {@code heartbeatSeconds} on a daemon thread, so that the server sees a
 * live worker while a long step (reading data, a one-shot fit, evaluation) reports nothing else.
 * When a heartbeat is fenced or cannot be delivered, {@code onFatal} is told at once (the launch
 * stops then, not at the training's next metric) and no further heartbeat is sent.
 */
final class Heartbeat implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final AtomicBoolean closed;

    private Heartbeat(ScheduledExecutorService timer, AtomicBoolean closed) {
        this.timer = timer;
        this.closed = closed;
    }

    static Heartbeat start(Reporter reporter, int heartbeatSeconds, Consumer<RuntimeException> onFatal) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "charter-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, heartbeatSeconds);
        AtomicBoolean closed = new AtomicBoolean();
        timer.scheduleWithFixedDelay(() -> {
            try {
                reporter.heartbeat();
            } catch (RuntimeException e) {
                // closing interrupts a heartbeat in flight: that is the launch moving on, not a failure
                if (!closed.get()) {
                    onFatal.accept(e);
                }
                throw e; // cancels the later runs
            }
        }, period, period, TimeUnit.SECONDS);
        return new Heartbeat(timer, closed);
    }

    @Override
    public void close() {
        closed.set(true);
        timer.shutdownNow();
    }
}
