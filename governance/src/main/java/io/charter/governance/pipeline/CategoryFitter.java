package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps that learn each column's categories from the train values (ONE_HOT, ORDINAL without
 * an explicit order): one frequency counter per column, missing values skipped. A column with no
 * value in any train row is a problem named by its path.
 *
 * @param <C> what is learnt per column
 */
abstract class CategoryFitter<C> implements StepFitter {

    protected final StepColumns columns;
    private final String purpose;
    private final List<CategoryCounter> counters = new ArrayList<>();

    /** {@code purpose} completes "must have values in the train rows for ...". */
    CategoryFitter(StepColumns columns, String purpose) {
        this.columns = columns;
        this.purpose = purpose;
        for (int j = 0; j < columns.size(); j++) {
            counters.add(new CategoryCounter());
        }
    }

    @Override
    public final boolean needsRows() {
        return true;
    }

    @Override
    public final void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            String category = values.category(columns.slots()[j]);
            if (category != null) {
                counters.get(j).add(category);
            }
        }
    }

    @Override
    public final FittedStep result(long trainRows, List<SpecProblem> problems) {
        List<C> learnt = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            CategoryCounter counter = counters.get(j);
            if (counter.isEmpty()) {
                problems.add(new SpecProblem(columns.paths().get(j), "must have values in the train rows for "
                        + purpose + ", but none of the " + trainRows + " train rows has one"));
                continue;
            }
            learnt.add(column(j, counter));
        }
        return learnt.size() == columns.size() ? fitted(learnt) : null;
    }

    /** What column {@code j} learnt from its (non-empty) counter. */
    abstract C column(int j, CategoryCounter counter);

    /** The fitted step, once every column has train values. */
    abstract FittedStep fitted(List<C> columns);
}
