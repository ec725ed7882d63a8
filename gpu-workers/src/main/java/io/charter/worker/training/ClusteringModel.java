package io.charter.worker.training;

/** A model assigning rows to clusters {@code 0..k-1}, or to {@link #NOISE}. */
public interface ClusteringModel extends TrainedModel {

    /** The cluster of a row that belongs to none (DBSCAN's noise). */
    int NOISE = -1;

    int[] predict(double[][] x);

    /** The clusters the training rows were assigned to, in row order. */
    int[] trainingAssignments();
}
