package io.charter.worker.training.xgboost;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.ClassificationModel;
import io.charter.worker.training.ModelDirectory;
import io.charter.worker.training.ModelInfo;
import io.charter.worker.training.PredictionInput;
import io.charter.worker.training.RegressionModel;
import io.charter.worker.training.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained booster. It predicts with the rounds {@code [0, usedRounds)}: all of them, or up to the
 * best round when early stopping watched a validation set (the booster keeps the rounds after it,
 * as XGBoost does; {@code model.json} records {@code usedRounds}).
 */
abstract class XGBoostModel implements TrainedModel {

    static final String BOOSTER_FILE = "booster.ubj";
    static final String USED_ROUNDS = "usedRounds";

    final ModelInfo info;
    private final Booster booster;
    private final int usedRounds;

    private XGBoostModel(ModelInfo info, Booster booster) {
        this.info = info;
        this.booster = booster;
        this.usedRounds = ((Number) info.details().get(USED_ROUNDS)).intValue();
    }

    static XGBoostModel of(ModelInfo info, Booster booster) {
        return info.task() == TaskType.REGRESSION ? new Regressor(info, booster) : new Classifier(info, booster);
    }

    static TrainedModel load(Path dir, ModelInfo info) throws IOException {
        try {
            return of(info, XGBoost.loadModel(Files.readAllBytes(dir.resolve(BOOSTER_FILE))));
        } catch (XGBoostError e) {
            throw new IOException(dir.resolve(BOOSTER_FILE) + " is not an XGBoost model: " + e.getMessage(), e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public synchronized void save(Path dir) throws IOException {
        ModelDirectory.writeInfo(dir, info);
        try {
            Files.write(dir.resolve(BOOSTER_FILE), booster.toByteArray("ubj"));
        } catch (XGBoostError e) {
            throw new IOException("XGBoost could not serialize the booster: " + e.getMessage(), e);
        }
    }

    /** Raw outputs: rows × 1 (probability of class 1, or the value) or rows × classes. */
    synchronized float[][] raw(double[][] x) {
        PredictionInput.check(info, x, true);
        if (x.length == 0) {
            return new float[0][];
        }
        try {
            return booster.inplace_predict(Matrices.flatten(x), x.length, info.featureCount(), Float.NaN,
                    new int[] {0, usedRounds});
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to predict: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        booster.dispose();
    }

    private static final class Classifier extends XGBoostModel implements ClassificationModel {
        Classifier(ModelInfo info, Booster booster) {
            super(info, booster);
        }

        @Override
        public double[][] predictProba(double[][] x) {
            float[][] raw = raw(x);
            double[][] out = new double[raw.length][info.classCount()];
            for (int i = 0; i < raw.length; i++) {
                if (info.task() == TaskType.BINARY_CLASSIFICATION) {
                    out[i][1] = raw[i][0];
                    out[i][0] = 1 - out[i][1];
                } else {
                    for (int c = 0; c < out[i].length; c++) {
                        out[i][c] = raw[i][c];
                    }
                }
            }
            return out;
        }
    }

    private static final class Regressor extends XGBoostModel implements RegressionModel {
        Regressor(ModelInfo info, Booster booster) {
            super(info, booster);
        }

        @Override
        public double[] predict(double[][] x) {
            float[][] raw = raw(x);
            double[] out = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                out[i] = raw[i][0];
            }
            return out;
        }
    }
}
