package io.charter.worker.training.smile;

import static io.charter.governance.eval.TaskType.BINARY_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.CLUSTERING;
import static io.charter.governance.eval.TaskType.MULTICLASS_CLASSIFICATION;
import static io.charter.governance.eval.TaskType.REGRESSION;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.Hyperparameter;
import java.util.List;
import java.util.Set;

/** The classical algorithms trained with Smile 2.6.0, and their hyperparameters (names as in the spec). */
final class SmileDefinitions {

    static final String LOGISTIC = "logistic_regression";
    static final String LINEAR = "linear_regression";
    static final String RIDGE = "ridge";
    static final String LASSO = "lasso";
    static final String TREE = "decision_tree";
    static final String SVM = "svm";
    static final String KMEANS = "kmeans";
    static final String DBSCAN = "dbscan";

    private static final Set<TaskType> CLASSIFICATION = Set.of(BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION);

    private SmileDefinitions() {
    }

    static List<AlgorithmDefinition> all() {
        return List.of(logistic(), linear(), ridge(), lasso(), tree(), svm(), kmeans(), dbscan());
    }

    private static AlgorithmDefinition logistic() {
        return define(LOGISTIC, CLASSIFICATION, "Logistic regression (binomial or multinomial), L-BFGS",
                Hyperparameter.number("lambda", 0.1).atLeast(0).atMost(1e6)
                        .doc("L2 penalty λ/2·‖w‖² added to the negative log-likelihood (not divided by the row count)"),
                tol(1e-5), maxIter(500));
    }

    private static AlgorithmDefinition linear() {
        return define(LINEAR, Set.of(REGRESSION), "Ordinary least squares",
                Hyperparameter.choice("method", "qr", "qr", "svd")
                        .doc("qr: QR decomposition (fast); svd: SVD (copes with collinear features)"));
    }

    private static AlgorithmDefinition ridge() {
        return define(RIDGE, Set.of(REGRESSION), "Linear regression with an L2 penalty",
                Hyperparameter.number("lambda", 1.0).above(0).atMost(1e6).doc("L2 penalty on the standardized coefficients"));
    }

    private static AlgorithmDefinition lasso() {
        return define(LASSO, Set.of(REGRESSION), "Linear regression with an L1 penalty (sparse coefficients)",
                Hyperparameter.number("lambda", 1.0).above(0).atMost(1e6).doc("L1 penalty; larger zeroes more coefficients"),
                tol(1e-4), maxIter(1000));
    }

    private static AlgorithmDefinition tree() {
        return define(TREE, Set.of(BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION, REGRESSION),
                "CART decision tree (Breiman et al. 1984)",
                Hyperparameter.integer("maxDepth", 20).atLeast(1).atMost(100).doc("deepest level of the tree"),
                Hyperparameter.integer("maxNodes", 10_000).atLeast(2).atMost(1_000_000).doc("most leaves"),
                Hyperparameter.integer("minNodeSize", 5).atLeast(1).atMost(1_000_000)
                        .doc("fewest training rows a leaf may hold"),
                Hyperparameter.choice("splitRule", "gini", "gini", "entropy", "classification_error")
                        .onlyFor(BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION)
                        .doc("impurity a classification split minimizes (regression trees minimize squared error)"));
    }

    private static AlgorithmDefinition svm() {
        return define(SVM, Set.of(BINARY_CLASSIFICATION),
                "Support vector machine (LASVM, Bordes et al. 2005); probabilities by Platt scaling",
                Hyperparameter.number("C", 1.0).above(0).atMost(1e6).doc("soft-margin penalty"),
                Hyperparameter.choice("kernel", "gaussian", "linear", "gaussian"),
                Hyperparameter.number("sigma", 1.0).above(0).atMost(1e6).onlyWith("kernel", "gaussian")
                        .doc("Gaussian kernel width: k(x, y) = exp(−‖x − y‖² / (2σ²))"),
                tol(1e-3));
    }

    private static AlgorithmDefinition kmeans() {
        return define(KMEANS, Set.of(CLUSTERING), "k-means with k-means++ seeding (Arthur & Vassilvitskii 2007)",
                Hyperparameter.integer("k", 8).atLeast(2).atMost(10_000).doc("number of clusters (at most the row count)"),
                maxIter(100),
                Hyperparameter.number("tol", 1e-4).atLeast(0).atMost(1).doc("stop when distortion improves less than this"));
    }

    private static AlgorithmDefinition dbscan() {
        return define(DBSCAN, Set.of(CLUSTERING), "DBSCAN density clustering (Ester et al. 1996); noise is cluster −1",
                Hyperparameter.integer("minPts", 5).atLeast(1).atMost(100_000)
                        .doc("neighbours within radius that make a point a core point"),
                Hyperparameter.number("radius", 0.5).above(0).atMost(1e12).doc("neighbourhood radius (Euclidean)"));
    }

    private static Hyperparameter tol(double value) {
        return Hyperparameter.number("tol", value).above(0).atMost(1).doc("convergence tolerance");
    }

    private static Hyperparameter maxIter(int value) {
        return Hyperparameter.integer("maxIter", value).atLeast(1).atMost(100_000).doc("most solver iterations");
    }

    private static AlgorithmDefinition define(String name, Set<TaskType> tasks, String summary, Hyperparameter... params) {
        return new AlgorithmDefinition(name, SmileFamily.LIBRARY, tasks, List.of(params), false, false, summary);
    }
}
