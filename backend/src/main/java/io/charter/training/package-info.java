/**
 * Training and evaluation jobs: submission checked against the algorithm catalog and the data
 * lineage, the persisted job row the scheduler's pure decisions run on, the dispatcher that
 * launches workers through an {@code Executor} and reconciles them, and the worker-facing API
 * (job-scoped tokens, spec, events with attempt fencing). See docs/worker-protocol.md.
 */
package io.charter.training;
