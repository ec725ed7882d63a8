package io.charter.governance.pipeline;

import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits ORDINAL without an explicit order: the train categories in natural order, numerically if
 * every one is a number (so "10" follows "9"), else by text (as scikit-learn's OrdinalEncoder).
 */
final class OrdinalFitter implements StepFitter {

    private final StepColumns columns;
    private final List<CategoryCounter> counters = new ArrayList<>();

    OrdinalFitter(StepColumns columns) {
        this.columns = columns;
        for (int j = 0; j < columns.size(); j++) {
            counters.add(new CategoryCounter());
        }
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            String category = values.category(columns.slots()[j]);
            if (category != null) {
                counters.get(j).add(category);
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        List<FittedOrdinal.Order> orders = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            if (counters.get(j).isEmpty()) {
                problems.add(new SpecProblem(columns.paths().get(j), "must have values in the train rows for "
                        + "ORDINAL without an order, but none of the " + trainRows + " train rows has one"));
                continue;
            }
            List<String> categories = new ArrayList<>(counters.get(j).byFrequency().stream()
                    .map(CategoryCounter.Count::category).toList());
            categories.sort(naturalOrder(categories));
            orders.add(new FittedOrdinal.Order(columns.name(j), categories));
        }
        return orders.size() == columns.size() ? new FittedOrdinal(orders) : null;
    }

    private static Comparator<String> naturalOrder(List<String> categories) {
        boolean numbers = categories.stream().noneMatch(c -> Double.isNaN(Values.number(c)));
        Comparator<String> byText = Comparator.naturalOrder();
        return numbers ? Comparator.comparingDouble(Values::number).thenComparing(byText)
                : byText;
    }
}
