package io.charter.worker.training.xgboost;

import static io.charter.governance.eval.TaskType.BINARY_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.MULTICLASS_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.REGRESSION;

import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.Hyperparameter;
import java.util.List;
import java.util.Set;

/** Gradient boosted trees and random forests on XGBoost (names as in the spec; XGBoost's own in the docs). */
final class XGBoostDefinitions {

    static final String BOOSTING = "xgboost";
    static final String FOREST = "random_forest";

    private XGBoostDefinitions() {
    }

    static List<AlgorithmDefinition> all() {
        return List.of(boosting(), forest());
    }

    private static AlgorithmDefinition boosting() {
        return define(BOOSTING, "Gradient boosted trees (XGBoost, Chen & Guestrin 2016); NaN is learned as missing",
                Hyperparameter.integer("numRounds", 100).atLeast(1).atMost(10_000).doc("boosting rounds"),
                maxDepth(6),
                Hyperparameter.number("eta", 0.3).above(0).atMost(1).doc("learning rate: shrinkage of each tree"),
                Hyperparameter.number("subsample", 1.0).above(0).atMost(1).doc("share of rows each tree sees"),
                Hyperparameter.number("colsample", 1.0).above(0).atMost(1)
                        .doc("share of features each tree sees (colsample_bytree)"),
                lambda(),
                Hyperparameter.number("alpha", 0.0).atLeast(0).atMost(1e6).doc("L1 penalty on leaf weights"),
                minChildWeight(),
                Hyperparameter.integer("earlyStoppingRounds", 0).atLeast(0).atMost(10_000)
                        .doc("stop when the validation metric has not improved for this many rounds (0 = off; "
                                + "needs a validation set); predictions then use the best round"));
    }

    /** XGBoost's random-forest mode: one round of num_parallel_tree trees, eta 1, row and column subsampling. */
    private static AlgorithmDefinition forest() {
        return define(FOREST, "Random forest (Breiman 2001) in XGBoost's random-forest mode",
                Hyperparameter.integer("numTrees", 100).atLeast(1).atMost(5_000).doc("trees (num_parallel_tree)"),
                maxDepth(8),
                Hyperparameter.number("subsample", 0.8).above(0).below(1).doc("share of rows each tree is grown on"),
                Hyperparameter.number("colsampleByNode", 0.8).above(0).atMost(1)
                        .doc("share of features considered at each split (colsample_bynode)"),
                lambda(), minChildWeight());
    }

    private static Hyperparameter maxDepth(int value) {
        return Hyperparameter.integer("maxDepth", value).atLeast(1).atMost(32).doc("deepest level of each tree");
    }

    private static Hyperparameter lambda() {
        return Hyperparameter.number("lambda", 1.0).atLeast(0).atMost(1e6).doc("L2 penalty on leaf weights");
    }

    private static Hyperparameter minChildWeight() {
        return Hyperparameter.number("minChildWeight", 1.0).atLeast(0).atMost(1e6)
                .doc("smallest hessian sum a child may hold (rows, for squared error)");
    }

    private static AlgorithmDefinition define(String name, String summary, Hyperparameter... params) {
        return new AlgorithmDefinition(name, XGBoostFamily.LIBRARY,
                Set.of(BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION, REGRESSION), List.of(params), true, true, summary);
    }
}
