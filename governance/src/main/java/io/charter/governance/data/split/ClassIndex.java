package io.charter.governance.data.split;

import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the classes of a stratify column in the order they first appear; a missing value is a
 * class of its own. Stratifying needs counts per class and split, so the number of classes is
 * capped at {@link SplitSpec#MAX_CLASSES}.
 */
final class ClassIndex {

    private static final int MAX_CLASSES = SplitSpec.MAX_CLASSES;

    private final int column;
    private final String name;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    ClassIndex(int column, String name) {
        this.column = column;
        this.name = name;
    }

    /** The class of a row, numbered if new; null stands for the missing value. */
    int id(String[] fields) {
        String value = Values.clean(fields[column]);
        Integer id = ids.get(value);
        if (id == null) {
            if (values.size() == MAX_CLASSES) {
                throw SplitSpecException.of("stratifyColumn", "must have at most " + MAX_CLASSES
                        + " distinct values to stratify by, but \"" + name + "\" has more");
            }
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    int size() {
        return values.size();
    }

    /** The class's value, or null for the missing value. */
    String value(int id) {
        return values.get(id);
    }
}
