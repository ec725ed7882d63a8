package io.charter.ui.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.charter.project.domain.Direction;
import io.charter.project.domain.Kpi;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.RowListEditor;

/** One KPI: metric name, which way is better, and the threshold to meet. */
class KpiRow implements RowListEditor.Row<Kpi> {

    private final TextField metric = new TextField();
    private final Select<Direction> direction = new Select<>();
    private final NumberField threshold = new NumberField();
    private final HorizontalLayout layout;

    KpiRow() {
        metric.setPlaceholder("metric, e.g. f1");
        metric.setMaxLength(64);
        metric.addClassName("kpi-metric");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> d == Direction.MAXIMIZE ? "at least (maximize)" : "at most (minimize)");
        direction.setValue(Direction.MAXIMIZE);
        threshold.setPlaceholder("threshold");
        threshold.addClassName("kpi-threshold");
        layout = new HorizontalLayout(metric, direction, threshold);
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public Kpi value() {
        if (metric.isEmpty() && threshold.isEmpty()) {
            return null;
        }
        return new Kpi(metric.getValue(), direction.getValue(), threshold.getValue());
    }

    @Override
    public void setValue(Kpi kpi) {
        metric.setValue(kpi.metric());
        direction.setValue(kpi.direction());
        threshold.setValue(kpi.threshold());
    }

    @Override
    public void markInvalid(String field, String message) {
        FormErrors.mark(switch (field) {
            case "metric" -> metric;
            case "threshold" -> threshold;
            default -> direction;
        }, message);
    }
}
