/**
 * Turns a stored dataset into model input: the rows of one split role run through the fitted
 * pipeline, the raw columns the evaluation needs, and the labels encoded in scikit-learn's order.
 */
package io.charter.worker.data;
