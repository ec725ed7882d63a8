package io.charter.governance.pipeline;

import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits ORDINAL without an explicit order: the train categories in natural order, numerically if
 * every one is a number (so "10" follows "9"), else by text (as scikit-learn's OrdinalEncoder).
 */
final class OrdinalFitter extends CategoryFitter<FittedOrdinal.Order> {

    OrdinalFitter(StepColumns columns) {
        super(columns, "ORDINAL without an order");
    }

    @Override
    FittedOrdinal.Order column(int j, CategoryCounter counter) {
        List<String> categories = new ArrayList<>(counter.byFrequency().stream()
                .map(CategoryCounter.Count::category).toList());
        categories.sort(naturalOrder(categories));
        return new FittedOrdinal.Order(columns.name(j), categories);
    }

    @Override
    FittedStep fitted(List<FittedOrdinal.Order> orders) {
        return new FittedOrdinal(orders);
    }

    private static Comparator<String> naturalOrder(List<String> categories) {
        boolean numbers = categories.stream().noneMatch(c -> Double.isNaN(Values.number(c)));
        Comparator<String> byText = Comparator.naturalOrder();
        return numbers ? Comparator.comparingDouble(Values::number).thenComparing(byText)
                : byText;
    }
}
