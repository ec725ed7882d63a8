package io.charter.scheduler.tuning.nas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feed-forward network as the worker's DJL MLP builds it: optional convolution blocks, then
 * hidden layers of the given widths (each Linear → [BatchNorm] → activation → [Dropout]), then the
 * output layer. With {@code skip}, a hidden layer's input is added to its output (through a linear
 * projection without bias when the widths differ).
 *
 * <p>A convolution block is convolution ({@code convChannels} filters, {@code convKernel} wide, "same"
 * padding) → [BatchNorm] → activation → max-pool 2. Without blocks, {@code convChannels} and
 * {@code convKernel} are meaningless and stored as 0; adding or removing blocks counts as one change
 * ({@link #diff}).
 *
 * @param widths       hidden layer widths, input side first
 * @param activation   every hidden layer's activation
 * @param dropout      share of hidden units dropped in training, in [0, 1)
 * @param batchNorm    batch normalization after each linear or convolution
 * @param skip         residual connections around hidden layers
 * @param convBlocks   convolution blocks before the hidden layers
 * @param convChannels filters per convolution
 * @param convKernel   kernel size
 */
public record Architecture(List<Integer> widths, Activation activation, double dropout, boolean batchNorm,
                           boolean skip, int convBlocks, int convChannels, int convKernel) {

    public Architecture {
        widths = List.copyOf(Objects.requireNonNull(widths, "widths"));
        Objects.requireNonNull(activation, "activation");
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("widths must be >= 1, but got " + widths);
            }
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), but got " + dropout);
        }
        if (convBlocks == 0) {
            convChannels = 0;
            convKernel = 0;
        }
        if (convBlocks < 0) {
            throw new IllegalArgumentException("convBlocks must be >= 0, but got " + convBlocks);
        }
        if (convBlocks > 0 && (convChannels < 1 || convKernel < 1)) {
            throw new IllegalArgumentException("convChannels and convKernel must be >= 1 with convolutions, but got "
                    + convChannels + " and " + convKernel);
        }
    }

    /** A plain MLP without convolutions. */
    public static Architecture mlp(List<Integer> widths, Activation activation, double dropout, boolean batchNorm,
                                   boolean skip) {
        return new Architecture(widths, activation, dropout, batchNorm, skip, 0, 0, 0);
    }

    /** Number of hidden layers. */
    public int layers() {
        return widths.size();
    }

    /**
     * The hyperparameters of the worker's {@code mlp} algorithm ({@code layers}, {@code activation},
     * {@code dropout}, {@code batchNorm}), plus {@code skip} and the convolution settings, which
     * that worker does not build yet.
     */
    public Map<String, Object> toHyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("layers", widths);
        h.put("activation", activation.id());
        h.put("dropout", dropout);
        h.put("batchNorm", batchNorm);
        h.put("skip", skip);
        if (convBlocks > 0) {
            h.put("convBlocks", convBlocks);
            h.put("convChannels", convChannels);
            h.put("convKernel", convKernel);
        }
        return h;
    }

    /**
     * Trainable parameters for a feature vector of {@code inputDim} values and {@code outputDim}
     * outputs; convolutions are 1-D over the feature vector (one input channel). Batch
     * normalization counts its scale and shift (not its running statistics).
     */
    public long parameterCount(int inputDim, int outputDim) {
        long params = 0;
        long channels = 1;
        long length = inputDim;
        for (int b = 0; b < convBlocks; b++) {
            params += channels * convKernel * convChannels + convChannels + (batchNorm ? 2L * convChannels : 0);
            channels = convChannels;
            length = Math.max(1, length / 2);
        }
        return params + dense(convBlocks > 0 ? channels * length : inputDim, outputDim);
    }

    /** As {@link #parameterCount(int, int)} for images of {@code channels × height × width}, with 2-D convolutions. */
    public long parameterCount(int channels, int height, int width, int outputDim) {
        long params = 0;
        long c = channels;
        long h = height;
        long w = width;
        for (int b = 0; b < convBlocks; b++) {
            params += c * convKernel * convKernel * convChannels + convChannels + (batchNorm ? 2L * convChannels : 0);
            c = convChannels;
            h = Math.max(1, h / 2);
            w = Math.max(1, w / 2);
        }
        return params + dense(c * h * w, outputDim);
    }

    private long dense(long features, int outputDim) {
        long params = 0;
        long previous = features;
        for (int width : widths) {
            params += previous * width + width;
            if (batchNorm) {
                params += 2L * width;
            }
            if (skip && previous != width) {
                params += previous * width;
            }
            previous = width;
        }
        return params + previous * outputDim + outputDim;
    }

    /**
     * The attributes in which {@code other} differs: layers, width[i] (same layer count only),
     * activation, dropout, batchNorm, skip, convBlocks, and convChannels/convKernel when both have blocks.
     */
    public List<String> diff(Architecture other) {
        List<String> changed = new ArrayList<>();
        if (widths.size() != other.widths.size()) {
            changed.add("layers");
        } else {
            for (int i = 0; i < widths.size(); i++) {
                if (!widths.get(i).equals(other.widths.get(i))) {
                    changed.add("width[" + i + "]");
                }
            }
        }
        if (activation != other.activation) {
            changed.add("activation");
        }
        if (dropout != other.dropout) {
            changed.add("dropout");
        }
        if (batchNorm != other.batchNorm) {
            changed.add("batchNorm");
        }
        if (skip != other.skip) {
            changed.add("skip");
        }
        if (convBlocks != other.convBlocks) {
            changed.add("convBlocks");
        }
        if (convBlocks > 0 && other.convBlocks > 0 && convChannels != other.convChannels) {
            changed.add("convChannels");
        }
        if (convBlocks > 0 && other.convBlocks > 0 && convKernel != other.convKernel) {
            changed.add("convKernel");
        }
        return changed;
    }
}
