/** S3 access of the worker: its inputs (data, split, pipeline, checkpoint, model) and its artifacts. */
package io.charter.worker.storage;
