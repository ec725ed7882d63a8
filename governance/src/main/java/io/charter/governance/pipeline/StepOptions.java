package io.charter.governance.pipeline;

/**
 * The typed choices of a step that {@link PipelineSpecs#check} accepted, defaults filled in. Only
 * for checked specs: an invalid name here is a programming error, not a user error.
 */
final class StepOptions {

    private StepOptions() {
    }

    static StepKind kind(StepSpec step) {
        return StepKind.valueOf(step.kind());
    }

    static ImputeStrategy strategy(StepSpec step) {
        return step.strategy() == null ? ImputeStrategy.MEAN : ImputeStrategy.valueOf(step.strategy());
    }

    static boolean addIndicator(StepSpec step) {
        return Boolean.TRUE.equals(step.addIndicator());
    }

    static CapMethod capMethod(StepSpec step) {
        return step.method() == null ? CapMethod.IQR : CapMethod.valueOf(step.method());
    }

    static double iqrK(StepSpec step) {
        return step.k() == null ? StepSpec.DEFAULT_IQR_K : step.k();
    }

    static ScaleMethod scaleMethod(StepSpec step) {
        return step.method() == null ? ScaleMethod.STANDARD : ScaleMethod.valueOf(step.method());
    }

    static UnknownCategories unknownCategories(StepSpec step) {
        return step.handleUnknown() == null ? UnknownCategories.IGNORE
                : UnknownCategories.valueOf(step.handleUnknown());
    }

    static int maxCategories(StepSpec step) {
        return step.maxCategories() == null ? StepSpec.DEFAULT_MAX_CATEGORIES : step.maxCategories();
    }

    static double smoothing(StepSpec step) {
        return step.smoothing() == null ? StepSpec.DEFAULT_SMOOTHING : step.smoothing();
    }

    static int bins(StepSpec step) {
        return step.bins() == null ? StepSpec.DEFAULT_BINS : step.bins();
    }

    static BinMethod binMethod(StepSpec step) {
        return step.method() == null ? BinMethod.QUANTILE : BinMethod.valueOf(step.method());
    }
}
