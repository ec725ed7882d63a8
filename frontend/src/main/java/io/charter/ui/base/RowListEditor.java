package io.charter.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An editable list of small records (KPIs, protected attributes, fairness criteria): one row of
 * fields per item, with add and remove buttons.
 *
 * @param <T> the record type one row edits
 */
public class RowListEditor<T> extends VerticalLayout {

    /** The fields of one row. */
    public interface Row<T> {
        Component component();

        /** The row's value, or {@code null} when the row is still empty. */
        T value();

        void setValue(T value);

        /** Marks the row's field named {@code field} (e.g. "threshold") invalid, if it has one. */
        void markInvalid(String field, String message);
    }

    private final Supplier<Row<T>> rowFactory;
    private final List<Row<T>> rows = new ArrayList<>();
    private final VerticalLayout rowBox = new VerticalLayout();

    public RowListEditor(String label, String addLabel, Supplier<Row<T>> rowFactory) {
        this.rowFactory = rowFactory;
        setPadding(false);
        setSpacing(false);
        rowBox.setPadding(false);
        Span caption = new Span(label);
        caption.getStyle().set("font-weight", "600");
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(caption, rowBox, add);
    }

    public List<T> getValue() {
        return rows.stream().map(Row::value).filter(v -> v != null).toList();
    }

    public void setValue(List<T> values) {
        rows.clear();
        rowBox.removeAll();
        values.forEach(this::addRow);
    }

    /** Shows a field error such as {@code [1].threshold} on the matching row. */
    public void markInvalid(int index, String field, String message) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).markInvalid(field, message);
        }
    }

    private void addRow(T value) {
        Row<T> row = rowFactory.get();
        if (value != null) {
            row.setValue(value);
        }
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove");
        HorizontalLayout line = new HorizontalLayout(row.component(), remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        remove.addClickListener(e -> {
            rows.remove(row);
            rowBox.remove(line);
        });
        rows.add(row);
        rowBox.add(line);
    }
}
