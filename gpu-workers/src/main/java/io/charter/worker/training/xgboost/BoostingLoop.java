package io.charter.worker.training.xgboost;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.Checkpoint;
import io.charter.worker.training.EarlyStopping;
import io.charter.worker.training.ModelInfo;
import io.charter.worker.training.ResolvedSpec;
import io.charter.worker.training.Samples;
import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingJob;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Boosts one round at a time (rather than {@code XGBoost.train}) so every round can report its
 * metrics, be checkpointed and be resumed. {@code seed_per_iteration} makes round r's random draws
 * depend only on the seed and r, so a run resumed from a checkpoint grows exactly the trees the
 * uninterrupted run would have. Early stopping watches the validation metric (logloss, mlogloss or
 * rmse; lower is better).
 */
final class BoostingLoop {

    private static final int DEFAULT_CHECKPOINT_EVERY = 10;

    private final TrainingJob job;
    private final ResolvedSpec spec;
    private final String version;
    private final String metric;
    private final int rounds;
    private final int patience;

    BoostingLoop(TrainingJob job, String version) {
        this.job = job;
        this.spec = job.spec();
        this.version = version;
        this.metric = switch (spec.task()) {
            case BINARY_CLASSIFICATION -> "logloss";
            case MULTICLASS_CLASSIFICATION -> "mlogloss";
            default -> "rmse";
        };
        boolean forest = spec.algorithm().equals(XGBoostDefinitions.FOREST);
        this.rounds = forest ? 1 : spec.integer("numRounds");
        this.patience = forest ? 0 : spec.integer("earlyStoppingRounds");
    }

    TrainedModel run() {
        DMatrix train = null;
        DMatrix validation = null;
        Booster booster = null;
        try {
            train = matrix(job.train());
            validation = job.validation() == null ? null : matrix(job.validation());
            Map<String, Object> params = params();
            EarlyStopping stopping;
            int start;
            if (job.resumeFrom() != null) {
                BoosterState state = BoosterState.decode(job.resumeFrom().state());
                booster = XGBoost.loadModel(state.booster());
                booster.setParams(params);
                stopping = state.stopping();
                start = job.resumeFrom().completed();
            } else {
                booster = XGBoost.train(train, params, 0, Map.of(), null, null);
                stopping = new EarlyStopping(patience);
                start = 0;
            }
            int done = boost(booster, train, validation, stopping, start);
            Map<String, Object> details = new HashMap<>();
            details.put("roundsTrained", done);
            details.put(XGBoostModel.USED_ROUNDS, patience > 0 ? stopping.bestStep() : done);
            details.put("stoppedEarly", done < rounds);
            ModelInfo info = job.info(XGBoostFamily.LIBRARY, version, details);
            XGBoostModel model = XGBoostModel.of(info, booster);
            booster = null;
            return model;
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } finally {
            dispose(train, validation, booster);
        }
    }

    /** Rounds {@code start..}; returns the rounds the booster holds when it stops. */
    private int boost(Booster booster, DMatrix train, DMatrix validation, EarlyStopping stopping, int start)
            throws XGBoostError {
        DMatrix[] watched = validation == null ? new DMatrix[] {train} : new DMatrix[] {train, validation};
        String[] names = validation == null ? new String[] {"train"} : new String[] {"train", "validation"};
        int every = job.checkpointEvery() > 0 ? job.checkpointEvery() : DEFAULT_CHECKPOINT_EVERY;
        for (int round = start; round < rounds; round++) {
            booster.update(train, round);
            int completed = round + 1;
            Map<String, Double> scores = scores(booster.evalSet(watched, names, round));
            scores.forEach((name, value) -> job.metric(name, StepUnit.ROUND, completed, value));
            Double watchedScore = scores.get("validation_" + metric);
            boolean stop = patience > 0 && stopping.record(completed, watchedScore);
            if (stop) {
                return completed;
            }
            if (completed % every == 0 && completed < rounds) {
                byte[] state = new BoosterState(booster.toByteArray("ubj"), stopping).encode();
                Checkpoint checkpoint = job.checkpoint(StepUnit.ROUND, completed, completed, state);
                job.listener().onCheckpoint(checkpoint);
            }
        }
        return rounds;
    }

    /** Parses {@code [3]\ttrain-logloss:0.41\tvalidation-logloss:0.47} into {@code train_logloss → 0.41, …}. */
    static Map<String, Double> scores(String evaluation) {
        Map<String, Double> out = new LinkedHashMap<>();
        String[] parts = evaluation.trim().split("\t");
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].lastIndexOf(':');
            out.put(parts[i].substring(0, colon).replace('-', '_'), Double.parseDouble(parts[i].substring(colon + 1)));
        }
        return out;
    }

    private Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        switch (spec.task()) {
            case BINARY_CLASSIFICATION -> p.put("objective", "binary:logistic");
            case MULTICLASS_CLASSIFICATION -> {
                p.put("objective", "multi:softprob");
                p.put("num_class", job.classCount());
            }
            default -> p.put("objective", "reg:squarederror");
        }
        p.put("eval_metric", metric);
        p.put("tree_method", "hist");
        p.put("max_depth", spec.integer("maxDepth"));
        p.put("lambda", spec.number("lambda"));
        p.put("min_child_weight", spec.number("minChildWeight"));
        p.put("subsample", spec.number("subsample"));
        if (spec.algorithm().equals(XGBoostDefinitions.FOREST)) {
            p.put("num_parallel_tree", spec.integer("numTrees"));
            p.put("colsample_bynode", spec.number("colsampleByNode"));
            p.put("eta", 1.0);
        } else {
            p.put("eta", spec.number("eta"));
            p.put("colsample_bytree", spec.number("colsample"));
            p.put("alpha", spec.number("alpha"));
        }
        p.put("seed", job.seed());
        p.put("seed_per_iteration", true);
        p.put("nthread", job.threads());
        p.put("verbosity", 0);
        return p;
    }

    private static DMatrix matrix(Samples samples) throws XGBoostError {
        DMatrix m = new DMatrix(Matrices.flatten(samples.x()), samples.rows(), samples.features(), Float.NaN);
        m.setLabel(Matrices.labels(samples.classes(), samples.targets()));
        return m;
    }

    private static void dispose(DMatrix train, DMatrix validation, Booster booster) {
        if (train != null) {
            train.dispose();
        }
        if (validation != null) {
            validation.dispose();
        }
        if (booster != null) {
            booster.dispose();
        }
    }
}
