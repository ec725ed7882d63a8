package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.Objects;

/**
 * One column of the file to profile, with the type the platform decided for it (inferred by
 * {@link io.charter.governance.data.CsvScanner} or overridden by the user). The type chooses the
 * statistics: the profiler does not re-infer types.
 *
 * @param name the header field of the column (compared with the file's header after trimming)
 * @param type the type the column's values are treated as
 */
public record ColumnSpec(String name, ColumnType type) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank, but got \"" + name + "\"");
        }
    }
}
