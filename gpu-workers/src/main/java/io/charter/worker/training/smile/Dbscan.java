package io.charter.worker.training.smile;

import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import smile.clustering.DBSCAN;
import smile.clustering.PartitionClustering;

/**
 * DBSCAN with Smile, kept with its core points so new rows can be assigned. Smile labels noise
 * {@link PartitionClustering#OUTLIER}; Charter labels it −1. A training row is a core point when at
 * least {@code minPts} other rows lie within {@code radius} and Smile put it in a cluster.
 */
final class Dbscan {

    private final TrainingJob job;

    Dbscan(TrainingJob job) {
        this.job = job;
    }

    Predictors.CorePoints fit() {
        double[][] x = job.train().x();
        int minPts = job.spec().integer("minPts");
        double radius = job.spec().number("radius");
        DBSCAN<double[]> model = DBSCAN.fit(x, minPts, radius);
        int[] assignments = new int[x.length];
        int noise = 0;
        for (int i = 0; i < x.length; i++) {
            assignments[i] = model.y[i] == PartitionClustering.OUTLIER ? -1 : model.y[i];
            noise += assignments[i] < 0 ? 1 : 0;
        }
        List<double[]> cores = new ArrayList<>();
        List<Integer> clusters = new ArrayList<>();
        double limit = radius * radius;
        for (int i = 0; i < x.length; i++) {
            if (assignments[i] >= 0 && neighbours(x, i, limit, minPts) >= minPts) {
                cores.add(x[i].clone());
                clusters.add(assignments[i]);
            }
        }
        job.metric("clusters", StepUnit.ITERATION, 1, model.k);
        job.metric("noise_fraction", StepUnit.ITERATION, 1, (double) noise / x.length);
        return new Predictors.CorePoints(cores.toArray(new double[0][]),
                clusters.stream().mapToInt(Integer::intValue).toArray(), radius, assignments, model.k);
    }

    /** Other rows within the radius, counted up to {@code enough}. Quadratic: DBSCAN is for thousands of rows, not millions. */
    private static int neighbours(double[][] x, int i, double limit, int enough) {
        int count = 0;
        for (int j = 0; j < x.length && count < enough; j++) {
            if (j != i && Predictors.squaredDistance(x[i], x[j]) <= limit) {
                count++;
            }
        }
        return count;
    }
}
