package io.charter.governance.eval;

/**
 * One query of a ranking task: the graded relevance of each candidate document and the score the
 * model ranked it by (higher first).
 *
 * @param relevance graded relevance ≥ 0 per document (0 = irrelevant); binary metrics read > 0 as relevant
 * @param scores    the model's score per document, same order
 */
public record RankedQuery(double[] relevance, double[] scores) {

    public RankedQuery {
        Checks.sameLength("relevance", relevance.length, "scores", scores.length);
        Checks.finite("relevance", relevance);
        Checks.finite("scores", scores);
        for (int i = 0; i < relevance.length; i++) {
            if (relevance[i] < 0) {
                throw new IllegalArgumentException("relevance must be ≥ 0 (sklearn's ndcg_score refuses negative"
                        + " grades), but relevance[" + i + "] is " + relevance[i]);
            }
        }
        relevance = relevance.clone();
        scores = scores.clone();
    }

    public int documents() {
        return relevance.length;
    }
}
