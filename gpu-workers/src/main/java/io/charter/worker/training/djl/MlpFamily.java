package io.charter.worker.training.djl;

import ai.djl.engine.Engine;
import io.charter.governance.pipeline.SpecProblem;
import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.AlgorithmFamily;
import io.charter.worker.training.ModelInfo;
import io.charter.worker.training.ResolvedSpec;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingJob;
import io.charter.worker.training.TrainingRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Neural networks with DJL 0.36.0 on its PyTorch engine (libtorch 2.7.1, CPU natives from Maven
 * Central, Apache-2.0 / BSD-3-Clause). The engine is process-wide: its thread count is fixed when it
 * first loads ({@code ai.djl.pytorch.num_threads}, set here from the first request's {@code threads}
 * unless already set) and its random seed is global, so one process trains one MLP at a time, which
 * is how the worker runs. DJL never downloads here: {@code ai.djl.offline} and
 * {@code OPT_OUT_TRACKING} default to true.
 */
public final class MlpFamily implements AlgorithmFamily {

    static final String LIBRARY = "djl";
    private static final String ENGINE = "PyTorch";

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public List<AlgorithmDefinition> algorithms() {
        return List.of(MlpDefinitions.mlp());
    }

    @Override
    public List<SpecProblem> checkInput(ResolvedSpec spec, TrainingRequest request) {
        List<SpecProblem> problems = new ArrayList<>();
        int patience = spec.integer("earlyStoppingPatience");
        if (patience > 0 && request.validation() == null) {
            problems.add(new SpecProblem("hyperparameters.earlyStoppingPatience", "needs a validation set to watch, "
                    + "but the request has none (give one, or set it to 0), and is " + patience));
        }
        if (spec.flag("batchNorm") && request.train().rows() < 2) {
            problems.add(new SpecProblem("train.x", "must have at least 2 rows with batchNorm, but has "
                    + request.train().rows()));
        }
        if (spec.flag("batchNorm") && spec.integer("batchSize") < 2) {
            problems.add(new SpecProblem("hyperparameters.batchSize", "must be ≥ 2 with batchNorm (a batch of one "
                    + "has no variance to normalize by), but is " + spec.integer("batchSize")));
        }
        return problems;
    }

    @Override
    public TrainedModel train(TrainingJob job) {
        Engine engine = engine(job.threads());
        return new MlpLoop(job, engine).run(version(engine));
    }

    @Override
    public TrainedModel load(Path dir, ModelInfo info) throws IOException {
        return MlpModel.load(dir, info, engine(1));
    }

    private static synchronized Engine engine(int threads) {
        defaultProperty("ai.djl.offline", "true");
        defaultProperty("OPT_OUT_TRACKING", "true");
        defaultProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        defaultProperty("ai.djl.pytorch.num_interop_threads", "1");
        return Engine.getEngine(ENGINE);
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null && System.getenv(name) == null) {
            System.setProperty(name, value);
        }
    }

    static String version(Engine engine) {
        return Engine.getDjlVersion() + " (PyTorch " + engine.getVersion() + ")";
    }
}
