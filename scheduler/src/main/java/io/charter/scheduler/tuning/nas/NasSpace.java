package io.charter.scheduler.tuning.nas;

import io.charter.scheduler.tuning.sampler.Draws;
import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The architectures a NAS study may try, and their encoding as a conditional {@link SearchSpace}
 * (so that any {@link io.charter.scheduler.tuning.Sampler}, TPE included, can search them):
 * {@code layers} (int), {@code width_i} (categorical, active when {@code layers > i}),
 * {@code activation}, {@code dropout}, {@code batch_norm} and {@code skip} (when allowed),
 * {@code conv_blocks} (when convolutions are allowed), {@code conv_channels} and
 * {@code conv_kernel} (active with at least one block).
 *
 * @param minLayers        fewest hidden layers, >= 0
 * @param maxLayers        most hidden layers
 * @param widths           width choices per layer
 * @param activations      activation choices
 * @param dropouts         dropout choices, each in [0, 1)
 * @param batchNormAllowed whether batch normalization may be switched on
 * @param skipAllowed      whether skip connections may be switched on
 * @param minConvBlocks    fewest convolution blocks
 * @param maxConvBlocks    most convolution blocks (0: no convolutions)
 * @param convChannels     filter-count choices
 * @param convKernels      kernel-size choices
 */
public record NasSpace(int minLayers, int maxLayers, List<Integer> widths, List<Activation> activations,
                       List<Double> dropouts, boolean batchNormAllowed, boolean skipAllowed, int minConvBlocks,
                       int maxConvBlocks, List<Integer> convChannels, List<Integer> convKernels) {

    public NasSpace {
        widths = List.copyOf(widths);
        activations = List.copyOf(activations);
        dropouts = List.copyOf(dropouts);
        convChannels = List.copyOf(convChannels);
        convKernels = List.copyOf(convKernels);
        if (minLayers < 0 || maxLayers < minLayers) {
            throw new IllegalArgumentException("layers must satisfy 0 <= minLayers <= maxLayers, but got minLayers="
                    + minLayers + ", maxLayers=" + maxLayers);
        }
        if (widths.isEmpty() || activations.isEmpty() || dropouts.isEmpty()) {
            throw new IllegalArgumentException("widths, activations and dropouts must not be empty, but got "
                    + widths + ", " + activations + ", " + dropouts);
        }
        if (minConvBlocks < 0 || maxConvBlocks < minConvBlocks) {
            throw new IllegalArgumentException("conv blocks must satisfy 0 <= min <= max, but got min=" + minConvBlocks
                    + ", max=" + maxConvBlocks);
        }
        if (maxConvBlocks > 0 && (convChannels.isEmpty() || convKernels.isEmpty())) {
            throw new IllegalArgumentException("convChannels and convKernels must not be empty with convolutions, but got "
                    + convChannels + ", " + convKernels);
        }
    }

    /** 1–4 layers of 16–256 units, every activation, dropout 0–0.5, batch norm and skips allowed, no convolutions. */
    public static NasSpace mlpDefaults() {
        return new NasSpace(1, 4, List.of(16, 32, 64, 128, 256), List.of(Activation.values()),
                List.of(0.0, 0.1, 0.2, 0.5), true, true, 0, 0, List.of(), List.of());
    }

    /** {@link #mlpDefaults()} with 0–3 convolution blocks of 8/16/32 filters, kernels 3 or 5. */
    public static NasSpace withConvolutions() {
        NasSpace m = mlpDefaults();
        return new NasSpace(m.minLayers, m.maxLayers, m.widths, m.activations, m.dropouts, true, true, 0, 3,
                List.of(8, 16, 32), List.of(3, 5));
    }

    /** The encoding as a search space (see the class comment). */
    public SearchSpace toSearchSpace() {
        List<ParamSpec> params = new ArrayList<>();
        params.add(IntParam.range("layers", minLayers, maxLayers));
        for (int i = 0; i < maxLayers; i++) {
            CategoricalParam width = new CategoricalParam("width_" + i, new ArrayList<>(widths), null);
            params.add(i < minLayers ? width : width.when("layers", range(i + 1, maxLayers)));
        }
        params.add(new CategoricalParam("activation", new ArrayList<>(activations.stream().map(Activation::id).toList()),
                null));
        params.add(new CategoricalParam("dropout", new ArrayList<>(dropouts), null));
        if (batchNormAllowed) {
            params.add(CategoricalParam.of("batch_norm", false, true));
        }
        if (skipAllowed) {
            params.add(CategoricalParam.of("skip", false, true));
        }
        if (maxConvBlocks > 0) {
            params.add(IntParam.range("conv_blocks", minConvBlocks, maxConvBlocks));
            CategoricalParam ch = new CategoricalParam("conv_channels", new ArrayList<>(convChannels), null);
            CategoricalParam k = new CategoricalParam("conv_kernel", new ArrayList<>(convKernels), null);
            Object[] some = range(Math.max(1, minConvBlocks), maxConvBlocks);
            params.add(minConvBlocks > 0 ? ch : ch.when("conv_blocks", some));
            params.add(minConvBlocks > 0 ? k : k.when("conv_blocks", some));
        }
        return SearchSpace.of(params);
    }

    /** The architecture a suggestion of {@link #toSearchSpace()} describes. */
    public Architecture fromParams(Map<String, ?> params) {
        int layers = ((Number) params.get("layers")).intValue();
        List<Integer> w = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            w.add(((Number) params.get("width_" + i)).intValue());
        }
        int blocks = params.containsKey("conv_blocks") ? ((Number) params.get("conv_blocks")).intValue() : 0;
        return new Architecture(w, Activation.of((String) params.get("activation")),
                ((Number) params.get("dropout")).doubleValue(),
                Boolean.TRUE.equals(params.get("batch_norm")), Boolean.TRUE.equals(params.get("skip")), blocks,
                blocks > 0 ? ((Number) params.get("conv_channels")).intValue() : 0,
                blocks > 0 ? ((Number) params.get("conv_kernel")).intValue() : 0);
    }

    /** The suggestion of {@link #toSearchSpace()} that describes {@code a}. */
    public Map<String, Object> toParams(Architecture a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("layers", a.layers());
        for (int i = 0; i < a.layers(); i++) {
            p.put("width_" + i, a.widths().get(i));
        }
        p.put("activation", a.activation().id());
        p.put("dropout", a.dropout());
        if (batchNormAllowed) {
            p.put("batch_norm", a.batchNorm());
        }
        if (skipAllowed) {
            p.put("skip", a.skip());
        }
        if (maxConvBlocks > 0) {
            p.put("conv_blocks", a.convBlocks());
            if (a.convBlocks() > 0) {
                p.put("conv_channels", a.convChannels());
                p.put("conv_kernel", a.convKernel());
            }
        }
        return p;
    }

    /** Whether {@code a} lies in this space. */
    public boolean contains(Architecture a) {
        try {
            toSearchSpace().check(toParams(a));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return (batchNormAllowed || !a.batchNorm()) && (skipAllowed || !a.skip());
    }

    /** A uniformly drawn architecture (every attribute independently, as random search does). */
    public Architecture random(SplittableRandom rng) {
        return fromParams(Draws.all(toSearchSpace(), rng));
    }

    private static Object[] range(int from, int to) {
        Object[] values = new Object[Math.max(0, to - from + 1)];
        for (int i = from; i <= to; i++) {
            values[i - from] = i;
        }
        return values;
    }
}
