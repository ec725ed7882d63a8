package io.charter.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.worker.training.Metric;
import io.charter.worker.training.StepUnit;
import org.junit.jupiter.api.Test;

class MetricBatcherTest {

    @Test
    void holdsMetricsUntilTheIntervalHasPassed() {
        MetricBatcher batcher = new MetricBatcher(1000, 0);
        batcher.add(new Metric("train_loss", StepUnit.EPOCH, 1, 0.5), 10);

        assertThat(batcher.due(999)).isFalse();
        assertThat(batcher.due(1000)).isTrue();
        assertThat(batcher.take(1000)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("train_loss");
            assertThat(p.step()).isEqualTo(1);
            assertThat(p.timestamp()).isEqualTo(10);
        });
        batcher.add(new Metric("train_loss", StepUnit.EPOCH, 2, 0.4), 1500);
        assertThat(batcher.due(1999)).isFalse();
    }

    @Test
    void sendsAtMostAThousandPerBatchAndAFullBatchAtOnce() {
        MetricBatcher batcher = new MetricBatcher(1000, 0);
        for (int i = 1; i <= 2500; i++) {
            batcher.add(new Metric("m", StepUnit.ROUND, i, i), 0);
        }

        assertThat(batcher.due(0)).isTrue();
        assertThat(batcher.take(0)).hasSize(1000).first().extracting(p -> p.step()).isEqualTo(1L);
        assertThat(batcher.take(0)).hasSize(1000);
        assertThat(batcher.take(0)).hasSize(500);
        assertThat(batcher.isEmpty()).isTrue();
    }

    @Test
    void dropsValuesJsonCannotCarry() {
        MetricBatcher batcher = new MetricBatcher(1000, 0);
        batcher.add(new Metric("loss", StepUnit.EPOCH, 1, Double.NaN), 0);
        batcher.add(new Metric("loss", StepUnit.EPOCH, 2, Double.POSITIVE_INFINITY), 0);

        assertThat(batcher.isEmpty()).isTrue();
    }
}
