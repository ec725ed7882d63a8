package io.charter.tracking.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MLflow's {@code order_by} entries ({@code "metrics.rmse DESC"}, {@code "params.lr"},
 * {@code "attributes.start_time ASC"}; a bare attribute name is accepted too). Runs without the
 * metric or param sort last, as in MLflow; ties fall back to newest first, then id.
 */
public final class RunOrder {

    /** One sort key. */
    public record Key(RunFilter.Kind kind, String key, boolean descending) {
    }

    private RunOrder() {
    }

    public static List<Key> parse(List<String> orderBy) {
        List<Key> keys = new ArrayList<>();
        if (orderBy == null) {
            return keys;
        }
        for (String entry : orderBy) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length == 0 || parts.length > 2 || parts[0].isEmpty()) {
                throw new IllegalArgumentException("order_by: expected '<identifier> [ASC|DESC]', got '" + entry + "'");
            }
            boolean descending = parts.length == 2 && parts[1].equalsIgnoreCase("DESC");
            if (parts.length == 2 && !descending && !parts[1].equalsIgnoreCase("ASC")) {
                throw new IllegalArgumentException("order_by: expected ASC or DESC after '" + parts[0] + "', got '"
                        + parts[1] + "'");
            }
            String identifier = parts[0].replace("`", "");
            int dot = identifier.indexOf('.');
            RunFilter.Kind kind = dot < 0 ? null : RunFilter.kind(identifier.substring(0, dot));
            String key = kind == null ? identifier : identifier.substring(dot + 1);
            if (kind == null) {
                kind = RunFilter.Kind.ATTRIBUTE;
            }
            if (kind == RunFilter.Kind.ATTRIBUTE && !RunFilter.NUMERIC_ATTRIBUTES.contains(key)
                    && !RunFilter.STRING_ATTRIBUTES.contains(key)) {
                throw new IllegalArgumentException("order_by: unknown attribute '" + key.toLowerCase(Locale.ROOT)
                        + "'; use start_time, end_time, run_name, status, run_id or user_id");
            }
            keys.add(new Key(kind, key, descending));
        }
        return keys;
    }
}
