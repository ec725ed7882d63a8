package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The silhouette by hand, against scikit-learn 1.9.1, and on a bounded seeded sample. */
class SilhouetteTest {

    @Test
    void shouldComputeTheSilhouetteByHand() {
        // points 0, 1 (cluster A) and 5, 7 (cluster B) on a line
        // 0: a = 1, b = (5 + 7)/2 = 6 → 5/6      1: a = 1, b = (4 + 6)/2 = 5 → 4/5
        // 5: a = 2, b = (5 + 4)/2 = 4.5 → 5/9    7: a = 2, b = (7 + 6)/2 = 6.5 → 9/13
        double[][] x = {{0}, {1}, {5}, {7}};

        SilhouetteScore s = Silhouette.score(x, new int[] {3, 3, 8, 8});

        assertThat(s.score()).isCloseTo((5 / 6.0 + 4 / 5.0 + 5 / 9.0 + 9 / 13.0) / 4, within(1e-15));
        assertThat(s).extracting(SilhouetteScore::rowsUsed, SilhouetteScore::rows, SilhouetteScore::clusters)
                .containsExactly(4, 4, 2);
    }

    @Test
    void shouldScoreASingletonZeroAndMatchSklearn() {
        // row 0 is alone in cluster 9 (s = 0). On EvalFixtures.clusters, sklearn's silhouette_score with exact
        // distances, silhouette_score(scipy cdist(x, x), labels, metric="precomputed"), gives 0.6765475244659753;
        // its default silhouette_score(x, labels) gives 0.676547524260613, because euclidean_distances expands
        // |x − y|² = |x|² − 2x·y + |y|² and loses ~1e-10 to cancellation
        SilhouetteScore s = Silhouette.score(EvalFixtures.clusterPoints(), EvalFixtures.clusterLabels());

        assertThat(s.score()).isCloseTo(0.6765475244659753, within(1e-15));
        assertThat(s.score()).isCloseTo(0.676547524260613, within(1e-9));
        assertThat(s.clusters()).isEqualTo(5);
    }

    @Test
    void shouldScoreDuplicatePointsZeroRatherThanNaN() {
        // every point of cluster 0 coincides with every other: a = 0; cluster 1 likewise; b = 1 → s = 1,
        // but two rows at the same place in different clusters give a = b = 0 → 0 (sklearn's nan_to_num)
        double[][] x = {{0}, {0}, {0}, {0}};

        assertThat(Silhouette.score(x, new int[] {0, 0, 1, 1}).score()).isEqualTo(0);
    }

    @Test
    void shouldScoreABoundedSeededSampleBeyondMaxSample() {
        Random random = new Random(1);
        double[][] x = new double[2_000][];
        int[] labels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            labels[i] = i % 2;
            x[i] = new double[] {labels[i] * 10 + random.nextGaussian(), random.nextGaussian()};
        }

        SilhouetteScore sampled = Silhouette.score(x, labels, 500, 42);
        SilhouetteScore full = Silhouette.score(x, labels);

        assertThat(sampled.rowsUsed()).isEqualTo(500);
        assertThat(sampled.rows()).isEqualTo(2_000);
        assertThat(Silhouette.score(x, labels, 500, 42)).isEqualTo(sampled);
        assertThat(sampled.score()).isCloseTo(full.score(), within(0.02));
        assertThat(full.rowsUsed()).isEqualTo(2_000);
    }

    @Test
    void shouldRefuseFewerThanTwoClustersOrAClusterPerRow() {
        double[][] x = {{0}, {1}, {2}};

        assertThatThrownBy(() -> Silhouette.score(x, new int[] {1, 1, 1}))
                .hasMessage("the rows scored (3) must hold between 2 and 2 clusters, but hold 1");
        assertThatThrownBy(() -> Silhouette.score(x, new int[] {1, 2, 3}))
                .hasMessage("the rows scored (3) must hold between 2 and 2 clusters, but hold 3");
        assertThatThrownBy(() -> Silhouette.score(new double[][] {{0}, {1, 2}}, new int[] {0, 1}))
                .hasMessageStartingWith("x must have the same positive number of features on every row");
    }
}
