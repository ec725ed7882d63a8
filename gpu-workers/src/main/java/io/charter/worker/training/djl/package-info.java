/**
 * The multilayer perceptron on DJL's PyTorch engine: the network and loss a spec describes, an
 * optimizer whose state is checkpointable, and a training loop seeded per epoch so that a resumed
 * run repeats the uninterrupted one.
 */
package io.charter.worker.training.djl;
