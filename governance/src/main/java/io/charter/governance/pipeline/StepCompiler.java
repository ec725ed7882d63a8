package io.charter.governance.pipeline;

/**
 * Turns a fitted step into its {@link RowOp}, resolving its columns against the layout and
 * changing the layout as the step does. One dispatch over the sealed {@link FittedStep} so that
 * the public records need not expose the package's row types.
 */
final class StepCompiler {

    private StepCompiler() {
    }

    static RowOp compile(FittedStep step, Layout layout) {
        if (step instanceof FittedImpute s) {
            return s.compile(layout);
        } else if (step instanceof FittedCap s) {
            return s.compile(layout);
        } else if (step instanceof FittedScale s) {
            return s.compile(layout);
        } else if (step instanceof FittedOneHot s) {
            return s.compile(layout);
        } else if (step instanceof FittedOrdinal s) {
            return s.compile(layout);
        } else if (step instanceof FittedTargetEncode s) {
            return s.compile(layout);
        } else if (step instanceof FittedLog s) {
            return s.compile(layout);
        } else if (step instanceof FittedBoxCox s) {
            return s.compile(layout);
        } else if (step instanceof FittedBin s) {
            return s.compile(layout);
        } else if (step instanceof FittedInteraction s) {
            return s.compile(layout);
        } else if (step instanceof FittedDrop s) {
            return s.compile(layout);
        }
        throw new IllegalArgumentException("step must be a fitted step, but is " + step);
    }

    /** The slots of {@code columns}, in order. */
    static int[] slots(Layout layout, java.util.List<String> columns) {
        return columns.stream().mapToInt(layout::slot).toArray();
    }
}
