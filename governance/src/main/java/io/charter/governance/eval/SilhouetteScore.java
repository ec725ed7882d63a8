package io.charter.governance.eval;

/**
 * The mean silhouette of a clustering and the rows it was computed on.
 *
 * @param score    mean silhouette coefficient in [−1, 1]; higher means tighter, better separated clusters
 * @param rowsUsed rows the score was computed on: all rows, or a seeded sample of {@code maxSample}
 * @param rows     rows given
 * @param clusters distinct cluster labels among the rows used
 */
public record SilhouetteScore(double score, int rowsUsed, int rows, int clusters) {
}
