package io.charter.worker.training.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/** Huber's loss with δ = 1 (Huber 1964): squared for errors below 1, linear above; DJL has none built in. */
final class HuberLoss extends Loss {

    HuberLoss() {
        super("huber");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray error = predictions.singletonOrThrow().sub(labels.singletonOrThrow()).abs();
        NDArray small = error.square().mul(0.5f);
        NDArray large = error.sub(0.5f);
        return NDArrays.where(error.lte(1f), small, large).mean();
    }
}
