package io.charter.worker.training.djl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.charter.worker.training.EarlyStopping;
import io.charter.worker.training.ResolvedSpec;
import io.charter.worker.training.Samples;
import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingDivergedException;
import io.charter.worker.training.TrainingJob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The MLP training loop: mini-batches in a seeded shuffled order, a finite-loss check on every
 * batch, validation loss and early stopping after every epoch, a checkpoint every N epochs. Every
 * random draw of epoch e (shuffle, dropout masks) is seeded from (seed, e) alone, so a run resumed
 * after epoch e repeats exactly what the uninterrupted run did from epoch e + 1 on.
 */
final class MlpLoop {

    private static final int EVALUATION_ROWS = 4096;

    private final TrainingJob job;
    private final ResolvedSpec spec;
    private final Engine engine;
    private final int epochs;
    private final int patience;
    private EarlyStopping stopping;
    private byte[] best;

    MlpLoop(TrainingJob job, Engine engine) {
        this.job = job;
        this.spec = job.spec();
        this.engine = engine;
        this.epochs = spec.integer("epochs");
        this.patience = job.validation() == null ? 0 : spec.integer("earlyStoppingPatience");
        this.stopping = new EarlyStopping(patience);
    }

    TrainedModel run(String version) {
        Model model = Model.newInstance(MlpDefinitions.MLP, engine.defaultDevice(), engine.getEngineName());
        boolean handedOver = false;
        try {
            SequentialBlock block = Network.block(spec, job.classCount());
            model.setBlock(block);
            MlpOptimizer optimizer = new MlpOptimizer(spec.choice("optimizer"),
                    spec.has("momentum") ? spec.number("momentum") : 0, spec.number("weightDecay"));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Network.loss(spec)).optOptimizer(optimizer)
                    .optInitializer(Network.initializer(spec), Parameter.Type.WEIGHT)
                    .optDevices(new Device[] {engine.defaultDevice()});
            int done;
            engine.setRandomSeed(seed(0));
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, job.features()));
                int start = job.resumeFrom() == null ? 0 : resume(trainer, block, optimizer, model.getNDManager());
                done = train(trainer, block, optimizer, start);
                if (best != null) {
                    ParameterCodec.restore(block, best, trainer.getManager());
                }
            } finally {
                optimizer.close();
            }
            MlpModel result = MlpModel.of(job.info(MlpFamily.LIBRARY, version, details(done)), model, block);
            handedOver = true;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!handedOver) {
                model.close();
            }
        }
    }

    private int train(Trainer trainer, SequentialBlock block, MlpOptimizer optimizer, int start) throws IOException {
        int every = job.checkpointEvery() > 0 ? job.checkpointEvery() : 1;
        for (int epoch = start + 1; epoch <= epochs; epoch++) {
            double rate = Schedule.learningRate(spec, epoch);
            optimizer.setLearningRate(rate);
            engine.setRandomSeed(seed(epoch));
            job.metric("learning_rate", StepUnit.EPOCH, epoch, rate);
            job.metric("train_loss", StepUnit.EPOCH, epoch, epoch(trainer, epoch, rate));
            if (job.validation() != null) {
                double loss = evaluate(trainer, job.validation(), epoch, rate);
                job.metric("validation_loss", StepUnit.EPOCH, epoch, loss);
                boolean stop = stopping.record(epoch, loss);
                if (patience > 0 && stopping.improvedLast()) {
                    best = ParameterCodec.encode(block);
                }
                if (stop) {
                    return epoch;
                }
            }
            if (epoch % every == 0 && epoch < epochs) {
                job.listener().onCheckpoint(job.checkpoint(StepUnit.EPOCH, epoch, optimizer.step(),
                        state(block, optimizer)));
            }
        }
        return epochs;
    }

    /** One pass over the training rows; returns the mean training loss. */
    private double epoch(Trainer trainer, int epoch, double rate) {
        int[] order = permutation(job.train().rows(), new SplittableRandom(seed(epoch)));
        int size = spec.integer("batchSize");
        double sum = 0;
        int rows = 0;
        int batch = 0;
        for (int from = 0; from < order.length; from += size) {
            int[] rowsOfBatch = java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + size));
            if (rowsOfBatch.length == 1 && spec.flag("batchNorm")) {
                continue; // batch normalization cannot normalize a batch of one; the row is in another epoch's batches
            }
            batch++;
            sum += (double) step(trainer, rowsOfBatch, epoch, batch, rate) * rowsOfBatch.length;
            rows += rowsOfBatch.length;
        }
        return sum / rows;
    }

    /** Forward, loss, backward and update on one batch; returns its loss. */
    private float step(Trainer trainer, int[] rows, int epoch, int batch, double rate) {
        Samples train = job.train();
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDArray x = Network.features(scope, train.x(), rows);
            NDArray y = Network.labels(scope, spec, train.classes(), train.targets(), rows);
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray predictions = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray value = trainer.getLoss().evaluate(new NDList(y), new NDList(predictions));
                loss = value.getFloat();
                if (!Float.isFinite(loss)) {
                    throw new TrainingDivergedException(epoch, batch, loss, rate);
                }
                collector.backward(value);
            }
            trainer.step();
            return loss;
        }
    }

    /** Mean loss on {@code samples} in inference mode (no dropout, batch-norm running statistics). */
    private double evaluate(Trainer trainer, Samples samples, int epoch, double rate) {
        double sum = 0;
        for (int from = 0; from < samples.rows(); from += EVALUATION_ROWS) {
            int[] rows = java.util.stream.IntStream.range(from, Math.min(samples.rows(), from + EVALUATION_ROWS)).toArray();
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray x = Network.features(scope, samples.x(), rows);
                NDArray y = Network.labels(scope, spec, samples.classes(), samples.targets(), rows);
                NDArray predictions = trainer.evaluate(new NDList(x)).singletonOrThrow();
                sum += (double) trainer.getLoss().evaluate(new NDList(y), new NDList(predictions)).getFloat() * rows.length;
            }
        }
        double loss = sum / samples.rows();
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException(epoch, 0, loss, rate);
        }
        return loss;
    }

    private byte[] state(SequentialBlock block, MlpOptimizer optimizer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            optimizer.write(out, ParameterCodec.ids(block));
        }
        return new MlpState(ParameterCodec.encode(block), bytes.toByteArray(), stopping,
                best == null ? new byte[0] : best).encode();
    }

    private int resume(Trainer trainer, SequentialBlock block, MlpOptimizer optimizer, NDManager modelManager)
            throws IOException {
        MlpState state = MlpState.decode(job.resumeFrom().state());
        ParameterCodec.restore(block, state.parameters(), trainer.getManager());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state.optimizer()))) {
            optimizer.read(in, ParameterCodec.ids(block), modelManager);
        }
        stopping = state.stopping();
        best = state.bestParameters().length == 0 ? null : state.bestParameters();
        return job.resumeFrom().completed();
    }

    private Map<String, Object> details(int done) {
        Map<String, Object> details = new HashMap<>();
        details.put("epochsRun", done);
        details.put("stoppedEarly", done < epochs);
        if (job.validation() != null) {
            details.put("bestEpoch", stopping.bestStep());
            details.put("parametersOfEpoch", best != null ? stopping.bestStep() : done);
        }
        details.put("device", engine.defaultDevice().toString());
        return details;
    }

    /** A 32-bit seed for epoch {@code epoch} (0 = initialization), mixed with SplitMix64's finalizer. */
    private int seed(int epoch) {
        long z = job.seed() + 0x9E3779B97F4A7C15L * (epoch + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) ((z ^ (z >>> 31)) & Integer.MAX_VALUE);
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
