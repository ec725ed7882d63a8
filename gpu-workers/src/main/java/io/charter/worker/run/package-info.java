/**
 * One launch of the worker, from the spec to the last event: downloading the inputs, training with
 * a listener that reports metrics, progress and checkpoints, heartbeats, evaluation, artifact
 * upload, and the mapping of every outcome to an event and an exit code.
 */
package io.charter.worker.run;
