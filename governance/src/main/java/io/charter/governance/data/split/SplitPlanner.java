package io.charter.governance.data.split;

import io.charter.governance.data.DataFormatException;
import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Plans the train / validation / test split of a stored dataset version: one role per
 * row and fold, with the test split locked, that is held out from all training and tuning.
 *
 * <p>Reads top-down: check the spec against the header → the method's splitter decides every
 * row's code ({@code RandomSplitter}, {@code TimeSplitter}, {@code GroupSplitter}) while the last
 * pass tallies classes, times and groups → {@code SplitChecks} verifies the guarantees on the
 * finished codes → {@code SummaryAssembly} reports them.
 *
 * <p><b>Deterministic.</b> The same spec (with the same seed) on the same rows gives an equal
 * assignment, on any JVM: randomness comes only from {@link java.util.Random}, whose algorithm
 * the Java specification fixes, seeded from the spec.
 *
 * <p><b>Memory.</b> 1 byte per row for the codes (so at most {@link SplitAssignment#MAX_ROWS}
 * rows), plus, while planning, 8 bytes per row (briefly 16) for TIME, WALK_FORWARD and GROUP, and
 * small tables per class (at most {@link SplitSpec#MAX_CLASSES}), block and group.
 */
public final class SplitPlanner {

    /** Rows between two progress reports. */
    public static final long PROGRESS_INTERVAL_ROWS = 10_000;

    private SplitPlanner() {
    }

    /**
     * Plans the split.
     *
     * @param progress told the rows read so far, counting every pass, each
     *                 {@link #PROGRESS_INTERVAL_ROWS} rows and at the end of each pass; the
     *                 planner reads the table {@link #passes} times
     * @throws SplitSpecException if the spec is invalid for the header ({@link SplitSpecs#check}) or
     *                            cannot be met by the data (too few rows, groups or distinct times)
     * @throws DataFormatException if a time value is missing or not a date-time or number; names
     *                             the 1-based row and column
     * @throws IOException         if the source fails or changes between passes
     */
    public static SplitPlan plan(RowSource source, SplitSpec spec, LongConsumer progress)
            throws IOException, DataFormatException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(progress, "progress");
        List<String> header = source.header();
        SplitSpecs.require(spec, header);
        SplitSpec stated = spec.withSeedStated();
        int folds = SplitSpecs.usesRatios(stated) ? 1 : stated.folds();
        SplitTally tally = new SplitTally(stated, header, SplitAssignment.blocks(stated.method(), folds));
        RowPasses passes = new RowPasses(source, progress);
        byte[] codes = switch (stated.method()) {
            case HOLDOUT, STRATIFIED, KFOLD, STRATIFIED_KFOLD -> RandomSplitter.split(passes, stated, header, tally);
            case TIME, WALK_FORWARD -> TimeSplitter.split(passes, stated, header, tally);
            case GROUP -> GroupSplitter.split(passes, stated, header, tally);
        };
        SplitAssignment assignment = new SplitAssignment(stated.method(), folds, codes);
        if (tally.needsRows() && !tally.fed()) {
            passes.pass((row, fields) -> tally.accept(row, codes[(int) row], fields));
        }
        return new SplitPlan(stated, assignment, SummaryAssembly.assemble(stated, assignment, tally));
    }

    /**
     * How many times {@link #plan} reads the table for this spec, so that a caller can turn
     * progress into a fraction: 1 for HOLDOUT and KFOLD without a stratify column, else 2.
     */
    public static int passes(SplitSpec spec) {
        boolean plainRandom = spec.method() == SplitMethod.HOLDOUT || spec.method() == SplitMethod.KFOLD;
        return plainRandom && spec.stratifyColumn() == null ? 1 : 2;
    }
}
