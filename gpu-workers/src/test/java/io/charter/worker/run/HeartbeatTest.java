package io.charter.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.worker.protocol.ReportFailedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    @Test
    void shouldNotReportAHeartbeatInterruptedByClosingAsAFailure() throws InterruptedException {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        java.util.List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        Reporter reporter = new Reporter(event -> {
            if (sending.getCount() == 0) {
                sent.add(event.type().name());
                return;
            }
            sending.countDown();
            try {
                Thread.sleep(60_000); // a heartbeat in flight when the launch finishes
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw new ReportFailedException("HEARTBEAT event was interrupted", e);
            }
        }, System::currentTimeMillis);
        Heartbeat heartbeat = Heartbeat.start(reporter, 1, fatal::set);
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        heartbeat.close();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(fatal.get()).isNull();
        reporter.succeed(java.util.Map.of("auc", 0.9)); // the launch goes on to report its outcome
        assertThat(sent).contains("SUCCEED");
    }

    @Test
    void shouldReportAFailedHeartbeatWhileOpen() throws InterruptedException {
        CountDownLatch told = new CountDownLatch(1);
        Reporter reporter = new Reporter(event -> {
            throw new ReportFailedException("the server could not be reached", null);
        }, System::currentTimeMillis);
        try (Heartbeat ignored = Heartbeat.start(reporter, 1, e -> told.countDown())) {
            assertThat(told.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
