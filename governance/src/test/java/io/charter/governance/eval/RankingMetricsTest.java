package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NDCG and MAP, by hand and against scikit-learn 1.9.1. */
class RankingMetricsTest {

    private static final double EXACT = 1e-15;

    @Test
    void shouldComputeNdcgByHand() {
        // ranked by score: grades 3, 0, 2 → DCG = 3/log₂2 + 0/log₂3 + 2/log₂4 = 4
        // ideal order 3, 2, 0 → IDCG = 3 + 2/log₂3
        RankedQuery q = new RankedQuery(new double[] {3, 2, 0}, new double[] {0.9, 0.1, 0.5});

        assertThat(RankingMetrics.ndcg(List.of(q), null)).isCloseTo(4 / (3 + 2 / (Math.log(3) / Math.log(2))),
                within(EXACT));
        // @1: the top document is the ideal one
        assertThat(RankingMetrics.ndcg(List.of(q), 1)).isEqualTo(1.0);
    }

    @Test
    void shouldAverageGainsOverTiedScoresAsSklearn() {
        // sklearn's ndcg_score docstring: relevance 10 0 0 1 5, scores 1 0 0 0 1, k = 1 → the two tied top
        // documents share rank 1: (10 + 5)/2 over an ideal 10 = .75 (ignore_ties=True would give .5)
        RankedQuery q = new RankedQuery(new double[] {10, 0, 0, 1, 5}, new double[] {1, 0, 0, 0, 1});

        assertThat(RankingMetrics.ndcg(List.of(q), 1)).isEqualTo(0.75);
    }

    @Test
    void shouldMatchSklearnsNdcgPerQueryAndOnAverage() {
        List<RankedQuery> queries = EvalFixtures.queries();

        // [sklearn.metrics.ndcg_score([rel], [scores], k=k) for each query of EvalFixtures.queries]
        double[] all = {0.9134015924715544, 0.6413228228976893, 0.819756751950615, 0.718523623898994, 0.0,
            0.9123979282511815};
        double[] at3 = {0.9134015924715544, 0.36999401273810767, 0.7398124665681314, 0.4797939072380627, 0.0,
            0.77676702515809};
        for (int q = 0; q < queries.size(); q++) {
            assertThat(RankingMetrics.ndcg(queries.get(q), queries.get(q).documents())).as("query %d", q)
                    .isCloseTo(all[q], within(EXACT));
            assertThat(RankingMetrics.ndcg(queries.get(q), 3)).as("query %d @3", q).isCloseTo(at3[q], within(EXACT));
        }
        assertThat(RankingMetrics.ndcg(queries, null)).isCloseTo(0.6675671199116723, within(EXACT));
        assertThat(RankingMetrics.ndcg(queries, 3)).isCloseTo(0.5466281673623244, within(EXACT));
    }

    @Test
    void shouldComputeMeanAveragePrecisionByHandLeavingOutQueriesWithoutRelevantDocuments() {
        // q1: relevant at ranks 1 and 3 → (1/1 + 2/3)/2 = 5/6; q2: relevant at rank 2 → 1/2; q3: none, left out
        List<RankedQuery> queries = List.of(
                new RankedQuery(new double[] {1, 0, 2}, new double[] {0.9, 0.8, 0.7}),
                new RankedQuery(new double[] {0, 1}, new double[] {0.5, 0.4}),
                new RankedQuery(new double[] {0, 0}, new double[] {0.5, 0.4}));

        assertThat(RankingMetrics.meanAveragePrecision(queries)).isCloseTo(2 / 3.0, within(EXACT));
        assertThat(RankingMetrics.meanAveragePrecision(queries.subList(2, 3))).isNull();
    }

    @Test
    void shouldMatchTheMeanOfSklearnsAveragePrecisionPerQuery() {
        // mean of sklearn.metrics.average_precision_score(rel > 0, scores) over the queries of
        // EvalFixtures.queries with a relevant document (query 4 has none)
        assertThat(RankingMetrics.meanAveragePrecision(EvalFixtures.queries()))
                .isCloseTo(0.8458888888888888, within(EXACT));
    }

    @Test
    void shouldRefuseNegativeGradesAndEmptyInput() {
        assertThatThrownBy(() -> new RankedQuery(new double[] {1, -1}, new double[] {0, 1}))
                .hasMessageStartingWith("relevance must be ≥ 0");
        assertThatThrownBy(() -> RankingMetrics.ndcg(List.of(), null))
                .hasMessage("queries must not be empty, but got none");
        assertThatThrownBy(() -> RankingMetrics.ndcg(EvalFixtures.queries(), 0))
                .hasMessage("k must be at least 1, but got 0");
    }
}
