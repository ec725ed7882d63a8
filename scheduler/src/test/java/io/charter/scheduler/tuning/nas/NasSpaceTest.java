package io.charter.scheduler.tuning.nas;

import io.charter.scheduler.tuning.space.SearchSpace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NasSpaceTest {

    @Test
    void shouldEncodeWidthsAsParametersActiveUpToTheLayerCount() {
        SearchSpace space = NasSpace.mlpDefaults().toSearchSpace();
        Map<String, Object> two = Map.of("layers", 2, "width_0", 16, "width_1", 64, "activation", "relu", "dropout", 0.1,
                "batch_norm", false, "skip", true);
        space.check(two);
        assertThat(space.activeNames(two)).containsExactly("layers", "width_0", "width_1", "activation", "dropout",
                "batch_norm", "skip");
        assertThat(space.get("width_0").condition()).as("at least one layer: always active").isNull();
    }

    @Test
    void shouldRoundTripArchitecturesThroughParameters() {
        NasSpace s = NasSpace.withConvolutions();
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < 200; i++) {
            Architecture a = s.random(rng);
            Map<String, Object> p = s.toParams(a);
            s.toSearchSpace().check(p);
            assertThat(s.fromParams(p)).isEqualTo(a);
            assertThat(s.contains(a)).isTrue();
        }
    }

    @Test
    void shouldNotContainWhatItsBoundsExclude() {
        NasSpace s = NasSpace.mlpDefaults();
        assertThat(s.contains(Architecture.mlp(List.of(64, 64, 64, 64, 64), Activation.RELU, 0, false, false))).isFalse();
        assertThat(s.contains(Architecture.mlp(List.of(48), Activation.RELU, 0, false, false))).isFalse();
        assertThat(s.contains(Architecture.mlp(List.of(64), Activation.RELU, 0.3, false, false))).isFalse();
    }
}
