package io.charter.worker.training.smile;

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
import java.util.List;

/**
 * Classical algorithms with Smile 2.6.0 (LGPL-3.0, used unmodified as a separate jar; Smile 3.x is
 * GPL-3.0 and not allowed): logistic regression, linear/ridge/lasso regression, CART, SVM, k-means
 * and DBSCAN. None accepts missing values. Smile draws random numbers from a per-thread generator,
 * seeded here before every fit, so a training is reproducible on one thread; {@code threads} is not
 * used (Smile parallelizes some loops on the common fork-join pool, which does not change results).
 */
public final class SmileFamily implements AlgorithmFamily {

    static final String LIBRARY = "smile";

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public List<AlgorithmDefinition> algorithms() {
        return SmileDefinitions.all();
    }

    @Override
    public List<SpecProblem> checkInput(ResolvedSpec spec, TrainingRequest request) {
        if (spec.algorithm().equals(SmileDefinitions.KMEANS) && spec.integer("k") > request.train().rows()) {
            return List.of(new SpecProblem("hyperparameters.k", "must be at most the number of training rows ("
                    + request.train().rows() + "), but is " + spec.integer("k")));
        }
        return List.of();
    }

    @Override
    public TrainedModel train(TrainingJob job) {
        return SmileTrainers.train(job, version());
    }

    @Override
    public TrainedModel load(Path dir, ModelInfo info) throws IOException {
        return SmileModels.load(dir, info);
    }

    static String version() {
        String version = smile.classification.DecisionTree.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
