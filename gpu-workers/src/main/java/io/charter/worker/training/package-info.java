/**
 * The worker's training library, without server communication: a spec
 * ({@link io.charter.worker.training.AlgorithmSpec}) is checked and resolved against the catalog
 * ({@link io.charter.worker.training.Algorithms}), trained on a numeric matrix
 * ({@link io.charter.worker.training.Samples}) into a
 * {@link io.charter.worker.training.TrainedModel} that predicts, saves and loads, while a
 * {@link io.charter.worker.training.TrainingListener} receives metric series and checkpoints.
 * Each library's algorithms sit behind {@link io.charter.worker.training.AlgorithmFamily} in a
 * sub-package of their own ({@code smile}, {@code xgboost}, {@code djl}), found with
 * {@link java.util.ServiceLoader}, so this package imports none of them.
 */
package io.charter.worker.training;
