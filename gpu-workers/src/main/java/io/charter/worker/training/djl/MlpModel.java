package io.charter.worker.training.djl;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
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
import java.util.stream.IntStream;

/**
 * A trained MLP: the DJL model (which owns the native memory) and its block. The network's raw
 * outputs are turned into probabilities in double precision here (sigmoid for one logit, softmax
 * for several), so each row sums to 1 up to double rounding.
 */
class MlpModel implements TrainedModel {

    static final String PARAMETERS_FILE = "mlp.params";
    private static final int PREDICTION_ROWS = 4096;

    final ModelInfo info;
    private final Model model;
    private final SequentialBlock block;

    MlpModel(ModelInfo info, Model model, SequentialBlock block) {
        this.info = info;
        this.model = model;
        this.block = block;
    }

    static MlpModel of(ModelInfo info, Model model, SequentialBlock block) {
        return info.task() == TaskType.REGRESSION ? new Regressor(info, model, block) : new Classifier(info, model, block);
    }

    static TrainedModel load(Path dir, ModelInfo info, Engine engine) throws IOException {
        Model model = Model.newInstance(MlpDefinitions.MLP, engine.defaultDevice(), engine.getEngineName());
        try {
            SequentialBlock block = Network.block(info.spec(), info.classCount());
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, info.featureCount()));
            ParameterCodec.restore(block, Files.readAllBytes(dir.resolve(PARAMETERS_FILE)), model.getNDManager());
            return of(info, model, block);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e instanceof IOException io ? io : new IOException(dir + " does not hold this MLP: " + e.getMessage(), e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public synchronized void save(Path dir) throws IOException {
        ModelDirectory.writeInfo(dir, info);
        Files.write(dir.resolve(PARAMETERS_FILE), ParameterCodec.encode(block));
    }

    /** The network's outputs, rows × outputs, in inference mode. */
    synchronized double[][] outputs(double[][] x) {
        PredictionInput.check(info, x, false);
        double[][] out = new double[x.length][];
        for (int from = 0; from < x.length; from += PREDICTION_ROWS) {
            int[] rows = IntStream.range(from, Math.min(x.length, from + PREDICTION_ROWS)).toArray();
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDArray input = Network.features(scope, x, rows);
                NDArray result = block.forward(new ParameterStore(scope, false), new NDList(input), false)
                        .singletonOrThrow();
                float[] values = result.toFloatArray();
                int width = values.length / rows.length;
                for (int i = 0; i < rows.length; i++) {
                    out[rows[i]] = new double[width];
                    for (int c = 0; c < width; c++) {
                        out[rows[i]][c] = values[i * width + c];
                    }
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        model.close();
    }


    private static final class Classifier extends MlpModel implements ClassificationModel {
        Classifier(ModelInfo info, Model model, SequentialBlock block) {
            super(info, model, block);
        }

        @Override
        public double[][] predictProba(double[][] x) {
            double[][] logits = outputs(x);
            double[][] p = new double[logits.length][];
            for (int i = 0; i < logits.length; i++) {
                p[i] = logits[i].length == 1 ? sigmoid(logits[i][0]) : softmax(logits[i]);
            }
            return p;
        }

        private static double[] sigmoid(double logit) {
            double p = 1 / (1 + Math.exp(-logit));
            return new double[] {1 - p, p};
        }

        private static double[] softmax(double[] logits) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : logits) {
                max = Math.max(max, v);
            }
            double[] p = new double[logits.length];
            double sum = 0;
            for (int c = 0; c < p.length; c++) {
                p[c] = Math.exp(logits[c] - max);
                sum += p[c];
            }
            for (int c = 0; c < p.length; c++) {
                p[c] /= sum;
            }
            return p;
        }
    }

    private static final class Regressor extends MlpModel implements RegressionModel {
        Regressor(ModelInfo info, Model model, SequentialBlock block) {
            super(info, model, block);
        }

        @Override
        public double[] predict(double[][] x) {
            double[][] values = outputs(x);
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = values[i][0];
            }
            return out;
        }
    }
}
