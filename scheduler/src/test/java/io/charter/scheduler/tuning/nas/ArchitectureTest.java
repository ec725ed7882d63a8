package io.charter.scheduler.tuning.nas;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureTest {

    @Test
    void shouldCountTheParametersOfAPlainMlp() {
        // 20→64→64→2: (20·64+64) + (64·64+64) + (64·2+2)
        Architecture a = Architecture.mlp(List.of(64, 64), Activation.RELU, 0.1, false, false);
        assertThat(a.parameterCount(20, 2)).isEqualTo(1344 + 4160 + 130);
        assertThat(Architecture.mlp(List.of(), Activation.RELU, 0, false, false).parameterCount(20, 2)).isEqualTo(42);
    }

    @Test
    void shouldAddBatchNormScalesAndSkipProjections() {
        // batch norm: 2 per unit; skip: a bias-free projection where the width changes (20→64), none for 64→64
        Architecture a = Architecture.mlp(List.of(64, 64), Activation.RELU, 0, true, true);
        assertThat(a.parameterCount(20, 2)).isEqualTo(1344 + 4160 + 130 + 2 * 128 + 20 * 64);
    }

    @Test
    void shouldCountConvolutionBlocksIn1dAnd2d() {
        Architecture a = new Architecture(List.of(10), Activation.GELU, 0, false, false, 2, 8, 3);
        // 1-D over 16 features: conv 1→8 (1·3·8+8), pool → 8; conv 8→8 (8·3·8+8), pool → 4; dense 32→10→1
        assertThat(a.parameterCount(16, 1)).isEqualTo(32 + 200 + (32 * 10 + 10) + 11);
        // 2-D 3×8×8: conv 3→8 (3·9·8+8), 4×4; conv 8→8 (8·9·8+8), 2×2; dense 32→10→1
        assertThat(a.parameterCount(3, 8, 8, 1)).isEqualTo(224 + 584 + 330 + 11);
    }

    @Test
    void shouldGiveTheWorkersMlpHyperparameters() {
        Architecture a = Architecture.mlp(List.of(128, 32), Activation.TANH, 0.2, true, false);
        assertThat(a.toHyperparameters()).isEqualTo(Map.of("layers", List.of(128, 32), "activation", "tanh",
                "dropout", 0.2, "batchNorm", true, "skip", false));
    }

    @Test
    void shouldListTheAttributesThatDiffer() {
        Architecture a = Architecture.mlp(List.of(64, 64), Activation.RELU, 0.1, false, false);
        assertThat(a.diff(Architecture.mlp(List.of(64, 32), Activation.RELU, 0.1, false, true))).containsExactly("width[1]", "skip");
        assertThat(a.diff(Architecture.mlp(List.of(64), Activation.RELU, 0.1, false, false))).containsExactly("layers");
        assertThat(a.diff(a)).isEmpty();
        Architecture conv = new Architecture(List.of(64, 64), Activation.RELU, 0.1, false, false, 2, 16, 5);
        assertThat(conv.diff(a)).as("removing the blocks is one change").containsExactly("convBlocks");
        assertThat(new Architecture(List.of(8), Activation.RELU, 0, false, false, 0, 16, 5))
                .as("no blocks: no channels or kernel").extracting(Architecture::convChannels, Architecture::convKernel)
                .containsExactly(0, 0);
    }

    @Test
    void shouldRefuseImpossibleArchitectures() {
        assertThatThrownBy(() -> Architecture.mlp(List.of(0), Activation.RELU, 0, false, false))
                .hasMessage("widths must be >= 1, but got [0]");
        assertThatThrownBy(() -> Architecture.mlp(List.of(8), Activation.RELU, 1.0, false, false))
                .hasMessage("dropout must be in [0, 1), but got 1.0");
        assertThatThrownBy(() -> Activation.of("swish")).hasMessageContaining("but got swish");
    }
}
