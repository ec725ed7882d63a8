package io.charter.worker.training.smile;

import static io.charter.worker.training.smile.SmileDefinitions.DBSCAN;
import static io.charter.worker.training.smile.SmileDefinitions.KMEANS;
import static io.charter.worker.training.smile.SmileDefinitions.LASSO;
import static io.charter.worker.training.smile.SmileDefinitions.LINEAR;
import static io.charter.worker.training.smile.SmileDefinitions.LOGISTIC;
import static io.charter.worker.training.smile.SmileDefinitions.RIDGE;
import static io.charter.worker.training.smile.SmileDefinitions.SVM;
import static io.charter.worker.training.smile.SmileDefinitions.TREE;

import io.charter.governance.eval.TaskType;
import io.charter.worker.training.ModelInfo;
import io.charter.worker.training.ResolvedSpec;
import io.charter.worker.training.StepUnit;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingJob;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.classification.LogisticRegression;
import smile.classification.PlattScaling;
import smile.clustering.KMeans;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;
import smile.math.kernel.LinearKernel;
import smile.math.kernel.MercerKernel;
import smile.regression.LinearModel;
import smile.regression.OLS;
import smile.regression.RegressionTree;
import smile.regression.RidgeRegression;

/** One fit per algorithm: inputs to Smile's API, Smile's model to a predictor, a metric or two to the listener. */
final class SmileTrainers {

    private static final String TARGET = "y";
    private static final Formula FORMULA = Formula.lhs(TARGET);

    private final TrainingJob job;
    private final ResolvedSpec spec;
    private final Map<String, Object> details = new HashMap<>();

    private SmileTrainers(TrainingJob job) {
        this.job = job;
        this.spec = job.spec();
    }

    static TrainedModel train(TrainingJob job, String version) {
        SmileTrainers trainers = new SmileTrainers(job);
        MathEx.setSeed(job.seed());
        java.io.Serializable predictor = switch (job.spec().algorithm()) {
            case LOGISTIC -> trainers.logistic();
            case LINEAR, RIDGE, LASSO -> trainers.linear();
            case TREE -> trainers.tree();
            case SVM -> trainers.svm();
            case KMEANS -> trainers.kmeans();
            case DBSCAN -> new Dbscan(job).fit();
            default -> throw new IllegalArgumentException("not a Smile algorithm: " + job.spec().algorithm());
        };
        ModelInfo info = job.info(SmileFamily.LIBRARY, version, trainers.details);
        if (predictor instanceof Predictors.Cluster c) {
            info = info.withClassCount(c.clusters());
        }
        return SmileModels.of(info, predictor);
    }

    private Predictors.Logistic logistic() {
        LogisticRegression model = LogisticRegression.fit(job.train().x(), job.train().classes(), spec.number("lambda"),
                spec.number("tol"), spec.integer("maxIter"));
        job.metric("train_log_likelihood", StepUnit.ITERATION, 1, model.loglikelihood());
        return new Predictors.Logistic(model);
    }

    private Predictors.Linear linear() {
        DataFrame data = frame();
        LinearModel model = switch (spec.algorithm()) {
            case LINEAR -> OLS.fit(FORMULA, data, spec.choice("method"), false, false);
            case RIDGE -> RidgeRegression.fit(FORMULA, data, spec.number("lambda"));
            default -> smile.regression.LASSO.fit(FORMULA, data, spec.number("lambda"), spec.number("tol"), spec.integer("maxIter"));
        };
        job.metric("train_rss", StepUnit.ITERATION, 1, model.RSS());
        return new Predictors.Linear(model, data.schema());
    }

    private java.io.Serializable tree() {
        DataFrame data = frame();
        int maxDepth = spec.integer("maxDepth");
        int maxNodes = spec.integer("maxNodes");
        int nodeSize = spec.integer("minNodeSize");
        if (spec.task() == TaskType.REGRESSION) {
            RegressionTree tree = RegressionTree.fit(FORMULA, data, maxDepth, maxNodes, nodeSize);
            return new Predictors.TreeRegressor(tree, data.schema());
        }
        SplitRule rule = SplitRule.valueOf(spec.choice("splitRule").toUpperCase(Locale.ROOT));
        DecisionTree tree = DecisionTree.fit(FORMULA, data, rule, maxDepth, maxNodes, nodeSize);
        return new Predictors.TreeClassifier(tree, data.schema());
    }

    /**
     * Smile's SVM learns labels −1/+1 and scores with a decision value; Platt scaling (Platt 1999)
     * fits P(class 1 | score) on the validation set when there is one (scores on the training set
     * are overconfident), else on the training set.
     */
    private Predictors.PlattSvm svm() {
        double[][] x = job.train().x();
        MercerKernel<double[]> kernel = spec.choice("kernel").equals("linear") ? new LinearKernel()
                : new GaussianKernel(spec.number("sigma"));
        smile.classification.SVM<double[]> svm = smile.classification.SVM.fit(x, plusMinus(job.train().classes()),
                kernel, spec.number("C"), spec.number("tol"));
        boolean onValidation = job.validation() != null;
        double[][] calibrationX = onValidation ? job.validation().x() : x;
        int[] calibrationY = onValidation ? job.validation().classes() : job.train().classes();
        double[] scores = new double[calibrationX.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = svm.score(calibrationX[i]);
        }
        details.put("probability", "platt scaling on the " + (onValidation ? "validation" : "training") + " set");
        return new Predictors.PlattSvm(svm, PlattScaling.fit(scores, plusMinus(calibrationY)));
    }

    private Predictors.Centroids kmeans() {
        KMeans model = KMeans.fit(job.train().x(), spec.integer("k"), spec.integer("maxIter"), spec.number("tol"));
        job.metric("distortion", StepUnit.ITERATION, 1, model.distortion);
        return new Predictors.Centroids(model.centroids, model.y.clone());
    }

    /** The training matrix as a Smile frame {@code x0..x(p-1), y}. */
    private DataFrame frame() {
        double[][] x = job.train().x();
        String[] names = new String[job.features()];
        for (int j = 0; j < names.length; j++) {
            names[j] = "x" + j;
        }
        DataFrame features = DataFrame.of(x, names);
        return spec.task() == TaskType.REGRESSION
                ? features.merge(DoubleVector.of(TARGET, job.train().targets()))
                : features.merge(IntVector.of(TARGET, job.train().classes()));
    }

    private static int[] plusMinus(int[] classes) {
        int[] y = new int[classes.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes[i] == 1 ? 1 : -1;
        }
        return y;
    }
}
