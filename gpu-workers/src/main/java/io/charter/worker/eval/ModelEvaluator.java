package io.charter.worker.eval;

import io.charter.governance.eval.ErrorExamples;
import io.charter.governance.eval.ErrorSlices;
import io.charter.governance.eval.Evaluation;
import io.charter.governance.eval.Evaluations;
import io.charter.governance.eval.FairnessReport;
import io.charter.governance.eval.GroupFairness;
import io.charter.governance.eval.Labels;
import io.charter.governance.eval.SliceOptions;
import io.charter.governance.eval.TaskType;
import io.charter.worker.data.BadDataException;
import io.charter.worker.data.LabelEncoding;
import io.charter.worker.data.RoleRows;
import io.charter.worker.data.SampleBuilder;
import io.charter.worker.training.TrainedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code evaluation.json} of a run: the task's metrics from the model's predictions on
 * the evaluated rows, and for classification the error slices over the raw input columns; binary
 * classification adds fairness per protected attribute (the favourable decision being the
 * positive class, GroupFairness's convention) and sampled error examples.
 *
 * @param task                the task evaluated
 * @param encoding            classification: the model's classes; else null
 * @param target              the raw target column (unused for clustering)
 * @param protectedAttributes raw columns compared for fairness
 * @param sliceColumns        raw columns sliced for error analysis (the pipeline's inputs)
 * @param seed                seed of the sampled parts (silhouette sample, error examples)
 */
public record ModelEvaluator(TaskType task, LabelEncoding encoding, String target, List<String> protectedAttributes,
                             List<String> sliceColumns, long seed) {

    /** The columns {@link #evaluate} reads raw: the target, the protected attributes and the sliced columns. */
    public List<String> rawColumns() {
        List<String> columns = new ArrayList<>();
        if (task != TaskType.CLUSTERING) {
            columns.add(target);
        }
        columns.addAll(protectedAttributes);
        columns.addAll(sliceColumns);
        return columns;
    }

    public Evaluation evaluate(TrainedModel model, RoleRows rows) {
        if (rows.size() == 0) {
            throw new BadDataException("the split has no " + rows.role() + " rows to evaluate on");
        }
        return switch (task) {
            case BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION -> classification(model, rows);
            case REGRESSION -> regression(model, rows);
            case CLUSTERING -> Evaluations.clustering(rows.x(), model.asClustering().predict(rows.x()), seed);
            case RANKING -> throw new BadDataException("the worker does not evaluate RANKING tasks");
        };
    }

    private Evaluation classification(TrainedModel model, RoleRows rows) {
        double[][] p = model.asClassification().predictProba(rows.x());
        List<String> classes = encoding.classes();
        String[] truth = LabelEncoding.clean(rows.column(target), target);
        String[] predicted = new String[p.length];
        for (int i = 0; i < p.length; i++) {
            predicted[i] = classes.get(argmax(p[i]));
        }
        Labels labels = Labels.of(truth, predicted);
        Evaluation evaluation;
        if (task == TaskType.BINARY_CLASSIFICATION) {
            String positive = encoding.positiveClass();
            int column = classes.indexOf(positive);
            double[] scores = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                scores[i] = p[i][column];
            }
            evaluation = Evaluations.binary(labels, positive, scores)
                    .withFairness(fairness(rows, truth, predicted, positive))
                    .withErrorExamples(ErrorExamples.sample(labels, positive, ErrorExamples.DEFAULT_MAX, seed));
        } else {
            evaluation = Evaluations.multiclass(labels, classes, p);
        }
        return evaluation.withSlices(ErrorSlices.classification(SliceColumns.of(rows, sliceColumns), labels,
                SliceOptions.DEFAULT));
    }

    private List<FairnessReport> fairness(RoleRows rows, String[] truth, String[] predicted, String positive) {
        int[] yTrue = indicator(truth, positive);
        int[] yPred = indicator(predicted, positive);
        List<FairnessReport> reports = new ArrayList<>();
        for (String attribute : protectedAttributes) {
            reports.add(GroupFairness.evaluate(attribute, yTrue, yPred, rows.column(attribute)));
        }
        return reports;
    }

    private Evaluation regression(TrainedModel model, RoleRows rows) {
        double[] yTrue = SampleBuilder.numbers(rows.column(target), target);
        double[] yPred = model.asRegression().predict(rows.x());
        return Evaluations.regression(yTrue, yPred).withSlices(ErrorSlices.regression(
                SliceColumns.of(rows, sliceColumns), yTrue, yPred, SliceOptions.DEFAULT));
    }

    private static int[] indicator(String[] labels, String positive) {
        int[] out = new int[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = positive.equals(labels[i]) ? 1 : 0;
        }
        return out;
    }

    /** The most probable class, the lowest index on a tie (as {@code ClassificationModel.predict}). */
    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
