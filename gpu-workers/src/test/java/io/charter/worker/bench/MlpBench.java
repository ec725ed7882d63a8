package io.charter.worker.bench;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Metric;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingListener;
import io.charter.worker.training.TrainingRequest;
import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * MLP training throughput benchmark (not a test; nothing here asserts a time): binary
 * classification on N rows × 28 features (the HIGGS-like synthetic task of {@link GbmBench}),
 * hidden layers as given, ReLU, Adam (lr 1e-3), BCE on one logit, He-normal weights, zero biases.
 * Two DJL variants, both on libtorch 2.7.1 through DJL 0.36.0:
 * <ul>
 *   <li>{@code charter-worker}: the worker's own path, {@link Algorithms#train} with an {@code mlp}
 *       spec, as a Charter user gets it (per-batch copy of the rows from {@code double[][]}, the
 *       worker's Java Adam built from NDArray operations, a finite-loss check per batch, a checkpoint
 *       encoded after every epoch). Epochs are timed from the listener's per-epoch metrics
 *       ({@code learning_rate} is reported just before an epoch, {@code train_loss} just after).</li>
 *   <li>{@code djl-loop}: a plain DJL loop with the same network: the data in one NDArray, one
 *       native gather per epoch for the shuffle, batches as slices, DJL's built-in (native) Adam.</li>
 * </ul>
 * Writes the data once as little-endian float32 (x row-major, then y) for {@code torch_anchor.py},
 * and appends one TSV line per variant to the results file.
 * Usage: {@code MlpBench <rows> <data.bin> <results.tsv> <layers, e.g. 256,128> <batch> <epochs>};
 * the first epoch is a warm-up, samples/s is the median of the others.
 */
public final class MlpBench {

    static final int FEATURES = 28;
    static final int INFERENCE_BATCH = 1024;
    static final int INFERENCE_PASSES = 3;
    static final long SEED = 42;

    private MlpBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        Path results = Path.of(args[2]);
        int[] layers = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        int batch = Integer.parseInt(args[4]);
        int epochs = Integer.parseInt(args[5]);
        int threads = Integer.parseInt(System.getProperty("ai.djl.pytorch.num_threads", "2"));

        float[] x = new float[rows * FEATURES];
        float[] y = new float[rows];
        generate(x, y, rows);
        if (!Files.exists(data)) {
            write(data, x, y);
        }
        double[][] rowsX = new double[rows][FEATURES];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES; j++) {
                rowsX[i][j] = x[i * FEATURES + j];
            }
            labels[i] = (int) y[i];
        }
        warmUp(threads);
        String config = Arrays.toString(layers).replace(" ", "") + "\t" + batch;
        Result worker = worker(rowsX, labels, layers, batch, epochs, threads);
        Result loop = djlLoop(x, y, rows, layers, batch, epochs);
        try (BufferedWriter out = Files.newBufferedWriter(results, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(worker.tsv("charter-worker", config));
            out.write(loop.tsv("djl-loop", config));
        }
        System.out.print(worker.tsv("charter-worker", config));
        System.out.print(loop.tsv("djl-loop", config));
    }

    /** The HIGGS-like task of GbmBench, in float32: interactions, a sine, a square and label noise. */
    static void generate(float[] x, float[] y, int rows) {
        Random random = new Random(7);
        float[] r = new float[FEATURES];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES; j++) {
                r[j] = (float) random.nextGaussian();
                x[i * FEATURES + j] = r[j];
            }
            double s = r[0] * r[1] + Math.sin(2 * r[2]) + r[3] * r[3] - 1 + 0.5 * r[4] - 0.3 * r[5] * r[6]
                    + 0.8 * random.nextGaussian();
            y[i] = s > 0 ? 1 : 0;
        }
    }

    private static void write(Path file, float[] x, float[] y) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
            ByteBuffer buffer = ByteBuffer.allocate(4 * (x.length + y.length)).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(x).put(y);
            out.write(buffer.array());
        }
        Files.move(tmp, file);
    }

    /** Loads the engine and JIT-compiles the worker's path on a tiny run, outside every timing. */
    private static void warmUp(int threads) {
        int rows = 2048;
        double[][] x = new double[rows][FEATURES];
        int[] y = new int[rows];
        Random random = new Random(1);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = x[i][0] > 0 ? 1 : 0;
        }
        AlgorithmSpec spec = new AlgorithmSpec("mlp", Map.of("layers", List.of(16), "batchSize", 256, "epochs", 2));
        try (TrainedModel model = Algorithms.train(TrainingRequest.of(spec, TaskType.BINARY_CLASSIFICATION,
                Samples.classification(x, y), 1).withThreads(threads))) {
            model.asClassification().predictProba(x);
        }
    }

    private static Result worker(double[][] x, int[] y, int[] layers, int batch, int epochs, int threads) {
        List<Integer> widths = Arrays.stream(layers).boxed().toList();
        AlgorithmSpec spec = new AlgorithmSpec("mlp", Map.of("layers", widths, "activation", "relu",
                "initializer", "he", "optimizer", "adam", "learningRate", 0.001, "schedule", "constant",
                "batchSize", batch, "epochs", epochs, "loss", "bce"));
        EpochClock clock = new EpochClock();
        long start = System.nanoTime();
        try (TrainedModel model = Algorithms.train(TrainingRequest.of(spec, TaskType.BINARY_CLASSIFICATION,
                Samples.classification(x, y), SEED).withThreads(threads).withListener(clock))) {
            double wall = (System.nanoTime() - start) / 1e9;
            // inference as a user calls it: predictProba over all rows (the model runs 4096-row chunks)
            double[][] warm = Arrays.copyOfRange(x, 0, Math.min(x.length, 8 * INFERENCE_BATCH));
            model.asClassification().predictProba(warm);
            double[] rates = new double[INFERENCE_PASSES];
            for (int pass = 0; pass < INFERENCE_PASSES; pass++) {
                long t = System.nanoTime();
                model.asClassification().predictProba(x);
                rates[pass] = x.length / ((System.nanoTime() - t) / 1e9);
            }
            return new Result(clock.rates(x.length), clock.lastLoss, clock.seconds.get(0),
                    (double) epochs * x.length / wall, median(rates),
                    "predictProba, all rows in 4096-row chunks");
        }
    }

    private static Result djlLoop(float[] xs, float[] ys, int rows, int[] layers, int batch, int epochs) {
        Engine engine = Engine.getEngine("PyTorch");
        engine.setRandomSeed((int) SEED);
        long start = System.nanoTime();
        try (Model model = Model.newInstance("mlp-bench", engine.defaultDevice(), engine.getEngineName())) {
            SequentialBlock net = new SequentialBlock();
            for (int width : layers) {
                net.add(Linear.builder().setUnits(width).build());
                net.add(Activation.reluBlock());
            }
            net.add(Linear.builder().setUnits(1).build());
            model.setBlock(net);
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
                    .optInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                            XavierInitializer.FactorType.IN, 2), Parameter.Type.WEIGHT)
                    .optDevices(new Device[] {engine.defaultDevice()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, FEATURES));
                NDManager manager = trainer.getManager();
                NDArray x = manager.create(xs, new Shape(rows, FEATURES));
                NDArray y = manager.create(ys, new Shape(rows, 1));
                double[] seconds = new double[epochs];
                double loss = Double.NaN;
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    long t = System.nanoTime();
                    loss = loopEpoch(trainer, x, y, rows, batch, new SplittableRandom(SEED + epoch));
                    seconds[epoch - 1] = (System.nanoTime() - t) / 1e9;
                }
                double wall = (System.nanoTime() - start) / 1e9;
                double inference = loopInference(net, manager, x, rows);
                double[] rates = new double[epochs - 1];
                for (int e = 1; e < epochs; e++) {
                    rates[e - 1] = rows / seconds[e];
                }
                return new Result(rates, loss, seconds[0], (double) epochs * rows / wall, inference,
                        "forward of 1024-row slices of one NDArray");
            }
        }
    }

    /** One epoch: one native gather of the shuffled rows, then forward/backward/Adam per slice. */
    private static double loopEpoch(Trainer trainer, NDArray x, NDArray y, int rows, int batch, SplittableRandom random) {
        long[] order = new long[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double sum = 0;
        try (NDManager epochScope = trainer.getManager().newSubManager()) {
            NDArray index = epochScope.create(order);
            NDArray shuffledX = x.get(index);
            NDArray shuffledY = y.get(index);
            shuffledX.attach(epochScope);
            shuffledY.attach(epochScope);
            if (!shuffledX.getShape().equals(new Shape(rows, FEATURES))) {
                throw new IllegalStateException("gather gave " + shuffledX.getShape());
            }
            for (int from = 0; from < rows; from += batch) {
                int to = Math.min(rows, from + batch);
                try (NDManager scope = trainer.getManager().newSubManager()) {
                    NDArray xb = shuffledX.get(new NDIndex("{}:{}", from, to));
                    NDArray yb = shuffledY.get(new NDIndex("{}:{}", from, to));
                    xb.attach(scope);
                    yb.attach(scope);
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray predictions = trainer.forward(new NDList(xb)).singletonOrThrow();
                        NDArray value = trainer.getLoss().evaluate(new NDList(yb), new NDList(predictions));
                        sum += (double) value.getFloat() * (to - from);
                        collector.backward(value);
                    }
                    trainer.step();
                }
            }
        }
        return sum / rows;
    }

    private static double loopInference(SequentialBlock net, NDManager manager, NDArray x, int rows) {
        double[] rates = new double[INFERENCE_PASSES];
        for (int pass = -1; pass < INFERENCE_PASSES; pass++) {
            long t = System.nanoTime();
            int end = pass < 0 ? Math.min(rows, 8 * INFERENCE_BATCH) : rows;
            for (int from = 0; from < end; from += INFERENCE_BATCH) {
                try (NDManager scope = manager.newSubManager()) {
                    NDArray xb = x.get(new NDIndex("{}:{}", from, Math.min(end, from + INFERENCE_BATCH)));
                    xb.attach(scope);
                    net.forward(new ParameterStore(scope, false), new NDList(xb), false).singletonOrThrow()
                            .toFloatArray();
                }
            }
            if (pass >= 0) {
                rates[pass] = rows / ((System.nanoTime() - t) / 1e9);
            }
        }
        return median(rates);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Epoch times from the worker's own per-epoch metrics. */
    private static final class EpochClock implements TrainingListener {
        final List<Double> seconds = new ArrayList<>();
        private long started;
        private double lastLoss = Double.NaN;

        @Override
        public void onMetric(Metric metric) {
            if (metric.name().equals("learning_rate")) {
                started = System.nanoTime();
            } else if (metric.name().equals("train_loss")) {
                seconds.add((System.nanoTime() - started) / 1e9);
                lastLoss = metric.value();
            }
        }

        /** Samples/s of every epoch after the first (the warm-up). */
        double[] rates(int rows) {
            return seconds.stream().skip(1).mapToDouble(s -> rows / s).toArray();
        }
    }

    /**
     * @param epochRates samples/s of each timed epoch
     * @param finalLoss  mean training loss of the last epoch
     * @param warmUp     seconds of the first (untimed) epoch
     * @param wallRate   epochs × rows / wall time of the whole training (setup and warm-up epoch included)
     * @param inference  rows/s of forward passes over all rows, median of the passes
     */
    private record Result(double[] epochRates, double finalLoss, double warmUp, double wallRate, double inference,
                          String how) {
        String tsv(String variant, String config) {
            StringBuilder rates = new StringBuilder();
            for (double r : epochRates) {
                rates.append(rates.length() == 0 ? "" : ",").append(Math.round(r));
            }
            return String.format("%s\t%s\t%.0f\t%s\t%.4f\t%.2f\t%.0f\t%.0f\t%.2f\t%s%n", variant, config,
                    median(epochRates), rates, finalLoss, warmUp, wallRate, inference, load1(), how);
        }
    }
}
