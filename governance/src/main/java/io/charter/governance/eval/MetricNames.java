package io.charter.governance.eval;

/**
 * The keys of {@link Evaluation#metrics()}: scikit-learn's scorer names where one exists (without
 * the {@code neg_} prefix sklearn puts on losses: every value here is the metric itself, so
 * "log_loss" is lower-is-better), so that a project KPI names a metric the way practitioners do.
 */
public final class MetricNames {

    public static final String ACCURACY = "accuracy";
    public static final String BALANCED_ACCURACY = "balanced_accuracy";
    /** Of the positive class (binary). */
    public static final String PRECISION = "precision";
    public static final String RECALL = "recall";
    public static final String F1 = "f1";
    public static final String PRECISION_MACRO = "precision_macro";
    public static final String RECALL_MACRO = "recall_macro";
    public static final String F1_MACRO = "f1_macro";
    public static final String PRECISION_MICRO = "precision_micro";
    public static final String RECALL_MICRO = "recall_micro";
    public static final String F1_MICRO = "f1_micro";
    public static final String PRECISION_WEIGHTED = "precision_weighted";
    public static final String RECALL_WEIGHTED = "recall_weighted";
    public static final String F1_WEIGHTED = "f1_weighted";
    public static final String ROC_AUC = "roc_auc";
    /** One-vs-rest, macro average (multiclass). */
    public static final String ROC_AUC_OVR = "roc_auc_ovr";
    public static final String ROC_AUC_OVR_WEIGHTED = "roc_auc_ovr_weighted";
    public static final String AVERAGE_PRECISION = "average_precision";
    public static final String LOG_LOSS = "log_loss";
    public static final String MEAN_SQUARED_ERROR = "mean_squared_error";
    public static final String ROOT_MEAN_SQUARED_ERROR = "root_mean_squared_error";
    public static final String MEAN_ABSOLUTE_ERROR = "mean_absolute_error";
    public static final String MEAN_ABSOLUTE_PERCENTAGE_ERROR = "mean_absolute_percentage_error";
    public static final String R2 = "r2";
    public static final String SILHOUETTE = "silhouette";
    public static final String NDCG = "ndcg";
    public static final String MAP = "map";

    private MetricNames() {
    }

    /** "ndcg@k", NDCG over the top k documents. */
    public static String ndcgAt(int k) {
        return NDCG + "@" + k;
    }
}
