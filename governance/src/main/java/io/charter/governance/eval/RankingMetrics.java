package io.charter.governance.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking metrics of seed §6.2 over a list of queries, each the mean of a per-query value.
 * NDCG is scikit-learn's {@code ndcg_score} (Järvelin &amp; Kekäläinen 2002; linear gains,
 * discount 1 / log₂(rank + 1), ties in the scores averaged as McSherry &amp; Najork 2008), applied
 * per query so that queries may have different numbers of documents. MAP is the mean over queries
 * of {@code average_precision_score} with relevance > 0 as relevant.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * Mean NDCG@k. {@code k} null ranks every document. A query without relevant documents scores
     * 0 (sklearn). Unlike sklearn, which refuses input with a single document per query, a
     * one-document query is scored (1 if relevant, else 0).
     */
    public static double ndcg(List<RankedQuery> queries, Integer k) {
        Checks.nonEmpty("queries", queries.size());
        if (k != null) {
            Checks.positive("k", k);
        }
        double sum = 0;
        for (RankedQuery q : queries) {
            sum += ndcg(q, k == null ? q.documents() : k);
        }
        return sum / queries.size();
    }

    static double ndcg(RankedQuery q, int k) {
        double[] discount = new double[q.documents()];
        for (int i = 0; i < discount.length && i < k; i++) {
            discount[i] = 1 / (Math.log(i + 2) / Math.log(2));
        }
        double ideal = idealDcg(q.relevance(), discount);
        return ideal == 0 ? 0 : tieAveragedDcg(q, discount) / ideal;
    }

    /** DCG where documents with equal scores share the mean gain over the ranks they span. */
    private static double tieAveragedDcg(RankedQuery q, double[] discount) {
        Integer[] order = byScoreDescending(q.scores());
        double dcg = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            double gain = 0;
            double discountSum = 0;
            while (end < order.length && q.scores()[order[end]] == q.scores()[order[start]]) {
                gain += q.relevance()[order[end]];
                discountSum += discount[end];
                end++;
            }
            dcg += gain / (end - start) * discountSum;
            start = end;
        }
        return dcg;
    }

    private static double idealDcg(double[] relevance, double[] discount) {
        double[] sorted = relevance.clone();
        Arrays.sort(sorted);
        double dcg = 0;
        for (int i = 0; i < sorted.length; i++) {
            dcg += sorted[sorted.length - 1 - i] * discount[i];
        }
        return dcg;
    }

    private static Integer[] byScoreDescending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i] + 0.0).reversed());
        return order;
    }

    /**
     * Mean average precision with binary relevance (grade > 0). Queries without a relevant
     * document have no average precision and are left out of the mean; null when no query has one.
     */
    public static Double meanAveragePrecision(List<RankedQuery> queries) {
        Checks.nonEmpty("queries", queries.size());
        double sum = 0;
        int used = 0;
        for (RankedQuery q : queries) {
            boolean[] relevant = new boolean[q.documents()];
            for (int i = 0; i < relevant.length; i++) {
                relevant[i] = q.relevance()[i] > 0;
            }
            Double ap = BinaryScores.of(relevant, q.scores()).averagePrecision();
            if (ap != null) {
                sum += ap;
                used++;
            }
        }
        return used == 0 ? null : sum / used;
    }
}
