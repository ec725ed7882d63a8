package io.charter.worker.training.djl;

import io.charter.worker.training.ResolvedSpec;

/** The learning rate of each epoch (1-based), from the spec's {@code schedule}. */
final class Schedule {

    private Schedule() {
    }

    static double learningRate(ResolvedSpec spec, int epoch) {
        double base = spec.number("learningRate");
        return switch (spec.choice("schedule")) {
            case "step" -> base * Math.pow(spec.number("stepFactor"), (epoch - 1) / spec.integer("stepEpochs"));
            // SGDR's cosine annealing without restarts: η_e = η/2 · (1 + cos(π (e − 1) / E))
            case "cosine" -> base * 0.5 * (1 + Math.cos(Math.PI * (epoch - 1) / spec.integer("epochs")));
            default -> base;
        };
    }
}
