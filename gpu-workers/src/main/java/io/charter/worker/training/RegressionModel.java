package io.charter.worker.training;

/** A model predicting a real value. */
public interface RegressionModel extends TrainedModel {

    double[] predict(double[][] x);
}
