package io.charter.ui.charter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.charter.charter.domain.ProtectedAttribute;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.RowListEditor;

import java.util.Arrays;

/** One protected attribute: the dataset column and the groups to compare, comma-separated. */
class ProtectedAttributeRow implements RowListEditor.Row<ProtectedAttribute> {

    private final TextField column = new TextField();
    private final TextField groups = new TextField();
    private final HorizontalLayout layout;

    ProtectedAttributeRow() {
        column.setPlaceholder("column, e.g. gender");
        column.setMaxLength(128);
        column.addClassName("attribute-column");
        groups.setPlaceholder("groups, e.g. female, male");
        groups.setWidth("22em");
        groups.addClassName("attribute-groups");
        layout = new HorizontalLayout(column, groups);
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public ProtectedAttribute value() {
        if (column.isEmpty() && groups.isEmpty()) {
            return null;
        }
        return new ProtectedAttribute(column.getValue(), Arrays.stream(groups.getValue().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    @Override
    public void setValue(ProtectedAttribute value) {
        column.setValue(value.column());
        groups.setValue(String.join(", ", value.groups()));
    }

    @Override
    public void markInvalid(String field, String message) {
        FormErrors.mark(field.startsWith("groups") ? groups : column, message);
    }
}
