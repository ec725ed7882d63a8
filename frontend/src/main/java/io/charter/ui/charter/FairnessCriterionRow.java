package io.charter.ui.charter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import io.charter.charter.domain.FairnessCriterion;
import io.charter.charter.domain.FairnessMetric;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.RowListEditor;

/** One fairness criterion: the metric and its threshold (a bound on a difference, a floor on a ratio). */
class FairnessCriterionRow implements RowListEditor.Row<FairnessCriterion> {

    private final Select<FairnessMetric> metric = new Select<>();
    private final NumberField threshold = new NumberField();
    private final HorizontalLayout layout;

    FairnessCriterionRow() {
        metric.setItems(FairnessMetric.values());
        metric.setItemLabelGenerator(m -> m.name().replace('_', ' ').toLowerCase());
        metric.setWidth("22em");
        metric.addClassName("fairness-metric");
        threshold.setPlaceholder("threshold");
        threshold.setMin(0);
        threshold.setMax(1);
        threshold.setStep(0.01);
        threshold.addClassName("fairness-threshold");
        metric.addValueChangeListener(e -> threshold.setHelperText(e.getValue() == null ? null
                : e.getValue().isRatio() ? "minimum ratio, e.g. 0.8" : "maximum difference, e.g. 0.1"));
        layout = new HorizontalLayout(metric, threshold);
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public FairnessCriterion value() {
        if (metric.isEmpty() && threshold.isEmpty()) {
            return null;
        }
        return new FairnessCriterion(metric.getValue(), threshold.getValue());
    }

    @Override
    public void setValue(FairnessCriterion value) {
        metric.setValue(value.metric());
        threshold.setValue(value.threshold());
    }

    @Override
    public void markInvalid(String field, String message) {
        FormErrors.mark(field.equals("metric") ? metric : threshold, message);
    }
}
