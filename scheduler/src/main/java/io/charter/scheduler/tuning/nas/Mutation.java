package io.charter.scheduler.tuning.nas;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mutations of regularized evolution: each changes exactly one attribute of an architecture,
 * always to a different value (Real et al. also allow an identity mutation; it is left out here
 * so every child is new).
 */
public enum Mutation {
    ADD_LAYER,
    REMOVE_LAYER,
    CHANGE_WIDTH,
    CHANGE_ACTIVATION,
    CHANGE_DROPOUT,
    TOGGLE_BATCH_NORM,
    TOGGLE_SKIP,
    CHANGE_CONV_BLOCKS,
    CHANGE_CONV_CHANNELS,
    CHANGE_CONV_KERNEL;

    /** The mutations that can change {@code a} within {@code space}. */
    public static List<Mutation> applicable(Architecture a, NasSpace space) {
        List<Mutation> out = new ArrayList<>();
        if (a.layers() < space.maxLayers()) {
            out.add(ADD_LAYER);
        }
        if (a.layers() > space.minLayers()) {
            out.add(REMOVE_LAYER);
        }
        if (a.layers() > 0 && space.widths().size() > 1) {
            out.add(CHANGE_WIDTH);
        }
        if (space.activations().size() > 1) {
            out.add(CHANGE_ACTIVATION);
        }
        if (space.dropouts().size() > 1) {
            out.add(CHANGE_DROPOUT);
        }
        if (space.batchNormAllowed()) {
            out.add(TOGGLE_BATCH_NORM);
        }
        if (space.skipAllowed()) {
            out.add(TOGGLE_SKIP);
        }
        if (space.maxConvBlocks() > space.minConvBlocks()) {
            out.add(CHANGE_CONV_BLOCKS);
        }
        if (a.convBlocks() > 0 && space.convChannels().size() > 1) {
            out.add(CHANGE_CONV_CHANNELS);
        }
        if (a.convBlocks() > 0 && space.convKernels().size() > 1) {
            out.add(CHANGE_CONV_KERNEL);
        }
        return out;
    }

    /** A child of {@code a} by one applicable mutation drawn uniformly; {@code a} itself if none applies. */
    public static Architecture mutate(Architecture a, NasSpace space, SplittableRandom rng) {
        List<Mutation> options = applicable(a, space);
        if (options.isEmpty()) {
            return a;
        }
        return options.get(rng.nextInt(options.size())).apply(a, space, rng);
    }

    /** This mutation applied to {@code a}. */
    public Architecture apply(Architecture a, NasSpace s, SplittableRandom rng) {
        List<Integer> w = new ArrayList<>(a.widths());
        return switch (this) {
            case ADD_LAYER -> {
                w.add(rng.nextInt(w.size() + 1), pick(s.widths(), null, rng));
                yield with(a, w);
            }
            case REMOVE_LAYER -> {
                w.remove(rng.nextInt(w.size()));
                yield with(a, w);
            }
            case CHANGE_WIDTH -> {
                int i = rng.nextInt(w.size());
                w.set(i, pick(s.widths(), w.get(i), rng));
                yield with(a, w);
            }
            case CHANGE_ACTIVATION -> new Architecture(w, pick(s.activations(), a.activation(), rng), a.dropout(),
                    a.batchNorm(), a.skip(), a.convBlocks(), a.convChannels(), a.convKernel());
            case CHANGE_DROPOUT -> new Architecture(w, a.activation(), pick(s.dropouts(), a.dropout(), rng),
                    a.batchNorm(), a.skip(), a.convBlocks(), a.convChannels(), a.convKernel());
            case TOGGLE_BATCH_NORM -> new Architecture(w, a.activation(), a.dropout(), !a.batchNorm(), a.skip(),
                    a.convBlocks(), a.convChannels(), a.convKernel());
            case TOGGLE_SKIP -> new Architecture(w, a.activation(), a.dropout(), a.batchNorm(), !a.skip(),
                    a.convBlocks(), a.convChannels(), a.convKernel());
            case CHANGE_CONV_BLOCKS -> a.convBlocks() == 0
                    ? new Architecture(w, a.activation(), a.dropout(), a.batchNorm(), a.skip(),
                            pick(blocks(s), 0, rng), pick(s.convChannels(), null, rng), pick(s.convKernels(), null, rng))
                    : new Architecture(w, a.activation(), a.dropout(), a.batchNorm(), a.skip(),
                            pick(blocks(s), a.convBlocks(), rng), a.convChannels(), a.convKernel());
            case CHANGE_CONV_CHANNELS -> new Architecture(w, a.activation(), a.dropout(), a.batchNorm(), a.skip(),
                    a.convBlocks(), pick(s.convChannels(), a.convChannels(), rng), a.convKernel());
            case CHANGE_CONV_KERNEL -> new Architecture(w, a.activation(), a.dropout(), a.batchNorm(), a.skip(),
                    a.convBlocks(), a.convChannels(), pick(s.convKernels(), a.convKernel(), rng));
        };
    }

    private static Architecture with(Architecture a, List<Integer> widths) {
        return new Architecture(widths, a.activation(), a.dropout(), a.batchNorm(), a.skip(), a.convBlocks(),
                a.convChannels(), a.convKernel());
    }

    private static List<Integer> blocks(NasSpace s) {
        List<Integer> b = new ArrayList<>();
        for (int i = s.minConvBlocks(); i <= s.maxConvBlocks(); i++) {
            b.add(i);
        }
        return b;
    }

    /** A choice other than {@code current}, uniformly. */
    private static <T> T pick(List<T> choices, T current, SplittableRandom rng) {
        List<T> others = new ArrayList<>(choices);
        others.remove(current);
        if (others.isEmpty()) {
            return current;
        }
        return others.get(rng.nextInt(others.size()));
    }
}
