package io.charter.tracking.service;

/** One metric value at a step and time (epoch milliseconds), as MLflow logs it. */
public record MetricPoint(String key, double value, long timestamp, long step) {
}
