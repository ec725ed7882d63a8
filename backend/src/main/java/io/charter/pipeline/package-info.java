/**
 * Preprocessing pipelines (seed §3.4, §6.1): versioned JSON specs per dataset, fitted as jobs on
 * the training rows of a split only, and stored as JSON artifacts that training workers and the
 * serving runtime apply identically.
 */
package io.charter.pipeline;
