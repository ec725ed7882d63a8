package io.charter.worker.training.smile;

import io.charter.worker.training.ClassificationModel;
import io.charter.worker.training.ClusteringModel;
import io.charter.worker.training.ModelDirectory;
import io.charter.worker.training.ModelInfo;
import io.charter.worker.training.PredictionInput;
import io.charter.worker.training.RegressionModel;
import io.charter.worker.training.TrainedModel;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/** The three views of a Smile model; each wraps a serializable predictor from {@link Predictors}. */
final class SmileModels {

    static final String PAYLOAD_FILE = "model.ser";

    private SmileModels() {
    }

    /** Wraps a predictor in the view its task needs. */
    static TrainedModel of(ModelInfo info, Serializable predictor) {
        return switch (info.task()) {
            case BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION -> new Classifier(info, (Predictors.Soft) predictor);
            case REGRESSION -> new Regressor(info, (Predictors.Value) predictor);
            case CLUSTERING -> new Clusterer(info, (Predictors.Cluster) predictor);
            case RANKING -> throw new IllegalArgumentException("Smile models do not rank");
        };
    }

    static TrainedModel load(Path dir, ModelInfo info) throws IOException {
        Object payload = SmileSerialization.read(dir.resolve(PAYLOAD_FILE));
        boolean fits = switch (info.task()) {
            case BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION -> payload instanceof Predictors.Soft;
            case REGRESSION -> payload instanceof Predictors.Value;
            case CLUSTERING -> payload instanceof Predictors.Cluster;
            case RANKING -> false;
        };
        if (!fits) {
            throw new IOException(dir + " holds a " + payload.getClass().getSimpleName() + ", not a " + info.task()
                    + " model as model.json says");
        }
        return of(info, (Serializable) payload);
    }

    private abstract static class Base implements TrainedModel {
        final ModelInfo info;

        Base(ModelInfo info) {
            this.info = info;
        }

        abstract Serializable predictor();

        @Override
        public ModelInfo info() {
            return info;
        }

        @Override
        public void save(Path dir) throws IOException {
            ModelDirectory.writeInfo(dir, info);
            SmileSerialization.write(dir.resolve(PAYLOAD_FILE), predictor());
        }
    }

    private static final class Classifier extends Base implements ClassificationModel {
        private final Predictors.Soft predictor;

        Classifier(ModelInfo info, Predictors.Soft predictor) {
            super(info);
            this.predictor = predictor;
        }

        @Override
        Serializable predictor() {
            return predictor;
        }

        @Override
        public double[][] predictProba(double[][] x) {
            PredictionInput.check(info, x, false);
            double[][] out = new double[x.length][info.classCount()];
            for (int i = 0; i < x.length; i++) {
                predictor.proba(x[i], out[i]);
            }
            return out;
        }
    }

    private static final class Regressor extends Base implements RegressionModel {
        private final Predictors.Value predictor;

        Regressor(ModelInfo info, Predictors.Value predictor) {
            super(info);
            this.predictor = predictor;
        }

        @Override
        Serializable predictor() {
            return predictor;
        }

        @Override
        public double[] predict(double[][] x) {
            PredictionInput.check(info, x, false);
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = predictor.value(x[i]);
            }
            return out;
        }
    }

    private static final class Clusterer extends Base implements ClusteringModel {
        private final Predictors.Cluster predictor;

        Clusterer(ModelInfo info, Predictors.Cluster predictor) {
            super(info);
            this.predictor = predictor;
        }

        @Override
        Serializable predictor() {
            return predictor;
        }

        @Override
        public int[] predict(double[][] x) {
            PredictionInput.check(info, x, false);
            int[] out = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = predictor.cluster(x[i]);
            }
            return out;
        }

        @Override
        public int[] trainingAssignments() {
            return predictor.assignments().clone();
        }
    }
}
