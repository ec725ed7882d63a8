package io.charter.worker.training.smile;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.ClusteringModel;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingFixtures;
import io.charter.worker.training.TrainingRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmileClusteringTest {

    private static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}};
    /** Rows cycle through the centres: row i belongs to blob i % 3. */
    private static final double[][] BLOBS = TrainingFixtures.blobs(CENTRES, 60, 1.0, 4);

    @TempDir
    Path dir;

    @Test
    void shouldRecoverThreeBlobsWithKMeansAndAssignNewPointsToNearestCentroid() throws Exception {
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("kmeans", Map.of("k", 3)), TaskType.CLUSTERING,
                Samples.unlabeled(BLOBS), 9);
        try (TrainedModel model = Algorithms.train(request)) {
            ClusteringModel kmeans = model.asClustering();
            int[] assigned = kmeans.trainingAssignments();
            assertThat(isSamePartition(assigned)).isTrue();
            assertThat(kmeans.predict(CENTRES)).containsExactly(assigned[0], assigned[1], assigned[2]);
            assertThat(model.info().classCount()).isEqualTo(3);
            TrainingFixtures.assertSaveLoadIdentical(model, BLOBS, dir);
        }
        TrainingFixtures.assertReproducible(request, BLOBS);
    }

    @Test
    void shouldFindBlobsWithDbscanAndCallFarPointsNoise() throws Exception {
        double[][] withOutlier = Arrays.copyOf(BLOBS, BLOBS.length + 1);
        withOutlier[BLOBS.length] = new double[] {30, 30};
        TrainingRequest request = TrainingRequest.of(new AlgorithmSpec("dbscan", Map.of("minPts", 4, "radius", 1.5)),
                TaskType.CLUSTERING, Samples.unlabeled(withOutlier), 9);
        try (TrainedModel model = Algorithms.train(request)) {
            ClusteringModel dbscan = model.asClustering();
            int[] assigned = dbscan.trainingAssignments();
            assertThat(assigned[BLOBS.length]).isEqualTo(ClusteringModel.NOISE);
            assertThat(model.info().classCount()).isEqualTo(3);
            int[] predicted = dbscan.predict(new double[][] {{0.2, -0.1}, {9.8, 0.3}, {0.1, 10.2}, {5, 5}, {-40, 3}});
            assertThat(predicted).containsExactly(cluster(assigned, 0), cluster(assigned, 1), cluster(assigned, 2),
                    ClusteringModel.NOISE, ClusteringModel.NOISE);
            TrainingFixtures.assertSaveLoadIdentical(model, withOutlier, dir);
        }
        TrainingFixtures.assertReproducible(request, withOutlier);
    }

    /** The most common training assignment of blob {@code blob}. */
    private static int cluster(int[] assigned, int blob) {
        int[] counts = new int[4];
        for (int i = blob; i < BLOBS.length; i += 3) {
            counts[assigned[i] + 1]++;
        }
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            best = counts[c] > counts[best] ? c : best;
        }
        return best - 1;
    }

    /** Every blob in one cluster and the three clusters distinct. */
    private static boolean isSamePartition(int[] assigned) {
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] != assigned[i % 3]) {
                return false;
            }
        }
        return assigned[0] != assigned[1] && assigned[1] != assigned[2] && assigned[0] != assigned[2];
    }
}
