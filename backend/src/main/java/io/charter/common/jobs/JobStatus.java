package io.charter.dataset.domain;

/** Lifecycle of a profiling job: queued, running, done, or failed (retry with POST). */
public enum ProfileStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED
}
