package io.charter.worker.training;

/**
 * One point of a metric series, as a training reports it while it runs.
 *
 * @param name  e.g. {@code train_loss}, {@code validation_logloss}, {@code learning_rate}
 * @param unit  what {@code step} counts
 * @param step  1-based epoch, round or iteration
 * @param value the metric's value
 */
public record Metric(String name, StepUnit unit, int step, double value) {
}
