package io.charter.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckpointKeysTest {

    @Test
    void namesTheAttemptAndSixDigitsOfProgressUnderCheckpoints() {
        assertThat(CheckpointKeys.key("t/p/runs/r1/", 2, 30)).isEqualTo("t/p/runs/r1/checkpoints/attempt-2-000030.ckpt");
    }
}
