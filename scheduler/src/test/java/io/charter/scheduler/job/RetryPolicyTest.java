package io.charter.scheduler.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final Instant ENDED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void shouldDoubleWithoutJitterUpToTheCap() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60), 0.0, 1);
        assertThat(p.delay("job-1", 1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.delay("job-1", 2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.delay("job-1", 3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.delay("job-1", 4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.delay("job-1", 5000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldReturnTheEarliestRetryAfterTheEnd() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60), 0.0, 1);
        assertThat(p.earliestRetry("job-1", 2, ENDED)).isEqualTo(ENDED.plusSeconds(20));
    }

    @Test
    void shouldKeepJitteredDelaysWithinTheirBand() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(10), 3.0, Duration.ofMinutes(5), 0.5, 42);
        for (int job = 0; job < 200; job++) {
            for (int attempt = 1; attempt <= 8; attempt++) {
                long ceiling = (long) p.ceilingMillis(attempt);
                long d = p.delay("job-" + job, attempt).toMillis();
                assertThat(d).isBetween(ceiling / 2, ceiling).isLessThanOrEqualTo(Duration.ofMinutes(5).toMillis());
            }
        }
    }

    @Test
    void shouldSpreadJobsThatFailedTogether() {
        RetryPolicy p = RetryPolicy.standard(7);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> p.delay("job-" + i, 1)).distinct().count();
        assertThat(distinct).isGreaterThan(90);
    }

    @Test
    void shouldGiveTheSameDelayForTheSameSeedJobAndAttemptInAnyOrder() {
        RetryPolicy a = RetryPolicy.standard(7);
        RetryPolicy b = RetryPolicy.standard(7);
        Duration late = b.delay("job-9", 3);
        b.delay("job-1", 1);
        assertThat(a.delay("job-9", 3)).isEqualTo(late).isEqualTo(b.delay("job-9", 3));
        assertThat(RetryPolicy.standard(8).delay("job-9", 3)).isNotEqualTo(late);
    }

    @Test
    void shouldSayWhatAValidPolicyNeeds() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofSeconds(1), 0, 0))
                .hasMessage("initialDelay must be positive, but got PT0S");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 0, 0))
                .hasMessage("multiplier must be a finite number >= 1, but got 0.5");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofSeconds(1), 0, 0))
                .hasMessageContaining("maxDelay must be >= initialDelay");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1.5, 0))
                .hasMessage("jitter must be in [0, 1], but got 1.5");
        assertThatThrownBy(() -> RetryPolicy.standard(0).delay("j", 0))
                .hasMessage("endedAttempt must be >= 1, but got 0");
    }
}
