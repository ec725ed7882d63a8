package io.charter.ui.training;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.charter.governance.eval.TaskType;
import io.charter.ui.base.FormErrors;
import io.charter.worker.training.AlgorithmDefinition;
import io.charter.worker.training.Hyperparameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hyperparameter fields of one algorithm, generated from its catalog definition so a new
 * hyperparameter needs no UI change: the field type follows the kind, limits and helper text the
 * range, the value the task's default. A hyperparameter read only for other tasks gets no field;
 * one read only with another's value is shown (and sent) only while that value is chosen, since
 * the server refuses a value it would not read.
 */
public class HyperparameterFields extends FormLayout {

    /** The path the server names a hyperparameter's problems by. */
    static final String ERROR_PREFIX = "algorithm.hyperparameters.";

    private final TaskType task;
    private final List<Entry> entries = new ArrayList<>();

    /** One generated field and how to read its value in the shape the catalog expects. */
    private record Entry(Hyperparameter definition, AbstractField<?, ?> field) {

        Object value() {
            Object v = field.getValue();
            if (definition.kind() == Hyperparameter.Kind.INTEGER_LIST && v instanceof String s) {
                return integers(s);
            }
            return v instanceof String s && s.isBlank() ? null : v;
        }
    }

    public HyperparameterFields(AlgorithmDefinition algorithm, TaskType task) {
        this.task = task;
        setId("hyperparameters");
        for (Hyperparameter h : algorithm.hyperparameters()) {
            if (h.onlyFor().isEmpty() || h.onlyFor().contains(task)) {
                AbstractField<?, ?> field = field(h);
                field.setId("hp-" + h.name());
                field.addValueChangeListener(e -> showApplicable());
                entries.add(new Entry(h, field));
                add(field);
            }
        }
        showApplicable();
    }

    /** The values of the fields shown, leaving out empty ones (the server applies their defaults). */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        entries.stream().filter(e -> e.field().isVisible()).forEach(e -> {
            Object v = e.value();
            if (v != null) {
                values.put(e.definition().name(), v);
            }
        });
        return values;
    }

    /** Lets {@code errors} put the server's problems of each hyperparameter next to its field. */
    public void register(FormErrors errors) {
        entries.stream().filter(e -> e.field() instanceof HasValidation)
                .forEach(e -> errors.field(ERROR_PREFIX + e.definition().name(), (HasValidation) e.field()));
    }

    private AbstractField<?, ?> field(Hyperparameter h) {
        Object defaultValue = h.defaultFor(task);
        String label = h.name();
        AbstractField<?, ?> field = switch (h.kind()) {
            case INTEGER -> integerField(h, label, defaultValue);
            case NUMBER -> numberField(h, label, defaultValue);
            case BOOLEAN -> new Checkbox(label, Boolean.TRUE.equals(defaultValue));
            case CHOICE -> choiceField(h, label, defaultValue);
            case INTEGER_LIST -> listField(label, defaultValue);
        };
        String help = h.description() + (h.rangeText().isEmpty() ? "" : " (" + h.rangeText() + ")");
        if (field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(help);
        } else {
            field.getElement().setAttribute("title", help);
        }
        return field;
    }

    private static IntegerField integerField(Hyperparameter h, String label, Object defaultValue) {
        IntegerField f = new IntegerField(label);
        if (h.lower() != null) {
            f.setMin((int) Math.floor(h.lower().value()) + (h.lower().inclusive() ? 0 : 1));
        }
        if (h.upper() != null) {
            f.setMax((int) Math.ceil(h.upper().value()) - (h.upper().inclusive() ? 0 : 1));
        }
        f.setValue(defaultValue instanceof Number n ? n.intValue() : null);
        return f;
    }

    private static NumberField numberField(Hyperparameter h, String label, Object defaultValue) {
        NumberField f = new NumberField(label);
        if (h.lower() != null) {
            f.setMin(h.lower().value());
        }
        if (h.upper() != null) {
            f.setMax(h.upper().value());
        }
        f.setValue(defaultValue instanceof Number n ? n.doubleValue() : null);
        return f;
    }

    private Select<String> choiceField(Hyperparameter h, String label, Object defaultValue) {
        Select<String> f = new Select<>();
        f.setLabel(label);
        f.setItems(h.choicesFor(task));
        f.setValue(defaultValue == null ? null : defaultValue.toString());
        return f;
    }

    private static TextField listField(String label, Object defaultValue) {
        TextField f = new TextField(label);
        f.setPlaceholder("64,32");
        f.setValue(defaultValue instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf)
                .toList()) : "");
        return f;
    }

    /** "64, 32" as [64, 32]; text that is not a list of integers goes as typed, for the server to explain. */
    static Object integers(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** Shows each conditional field only while the hyperparameter it depends on has one of its values. */
    private void showApplicable() {
        for (Entry e : entries) {
            String other = e.definition().onlyWith();
            if (other != null) {
                e.field().setVisible(entries.stream().filter(o -> o.definition().name().equals(other)).findFirst()
                        .map(o -> o.field().isVisible() && matches(e.definition().onlyWithValues(), o.value()))
                        .orElse(true));
            }
        }
    }

    private static boolean matches(List<Object> allowed, Object value) {
        return value != null && allowed.stream().anyMatch(a -> Objects.equals(a, value)
                || String.valueOf(a).equals(String.valueOf(value)));
    }
}
