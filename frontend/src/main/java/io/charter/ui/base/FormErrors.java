package io.charter.ui.base;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import io.charter.common.error.FieldError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the service's field errors onto a form's fields: {@code name} onto the name field,
 * {@code kpis[1].threshold} onto row 1 of the KPI editor.
 */
public final class FormErrors {

    private static final Pattern LIST_FIELD = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.?(.*)");

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<String, RowListEditor<?>> lists = new HashMap<>();
    private HasText unmatched;

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public FormErrors list(String name, RowListEditor<?> editor) {
        lists.put(name, editor);
        return this;
    }

    /**
     * Where the errors no field of the form claims are listed (one per line, with their field
     * names), so a form whose fields are generated still shows every problem beside it.
     */
    public FormErrors unmatched(HasText target) {
        unmatched = target;
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        if (unmatched != null) {
            unmatched.setText("");
        }
    }

    /** Marks the fields a failure names, then shows the failure; rethrows nothing. */
    public void show(Throwable failure) {
        clear();
        List<FieldError> errors = UiErrors.fieldErrors(failure);
        List<String> rest = errors.stream().filter(e -> !mark(e)).map(e -> e.field() + ": " + e.message()).toList();
        if (unmatched != null) {
            unmatched.setText(String.join("\n", rest));
        }
        UiErrorHandling.show(failure);
    }

    /**
     * Runs a save; a user error marks the fields and notifies, a server fault propagates to the
     * global handler (which logs it).
     */
    public void run(Runnable save) {
        clear();
        try {
            save.run();
        } catch (RuntimeException e) {
            if (!UiErrors.isUserError(e)) {
                throw e;
            }
            show(e);
        }
    }

    /** Shows {@code message} on {@code field} and marks it invalid. */
    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Marks the field an error names; answers whether one did. */
    private boolean mark(FieldError error) {
        HasValidation field = fields.get(error.field());
        if (field != null) {
            mark(field, error.message());
            return true;
        }
        Matcher m = LIST_FIELD.matcher(error.field());
        if (m.matches() && lists.containsKey(m.group(1))) {
            lists.get(m.group(1)).markInvalid(Integer.parseInt(m.group(2)), m.group(3), error.message());
            return true;
        }
        // a path inside a field edited as a whole (a JSON spec): mark that field, naming the path
        return fields.entrySet().stream()
                .filter(f -> error.field().startsWith(f.getKey() + ".") || error.field().startsWith(f.getKey() + "["))
                .max(java.util.Comparator.comparingInt(f -> f.getKey().length()))
                .map(f -> {
                    String path = error.field().substring(f.getKey().length() + 1);
                    mark(f.getValue(), error.message().startsWith(path + ":") ? error.message()
                            : path + ": " + error.message());
                    return true;
                }).orElse(false);
    }
}
