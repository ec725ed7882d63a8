/**
 * Train / validation / test splits of a dataset version (seed §3.3): the definition, the row
 * assignment planned by a background job and stored in S3, and the lock on the test rows, which
 * no training path reads — they are opened only for final evaluation.
 */
package io.charter.split;
