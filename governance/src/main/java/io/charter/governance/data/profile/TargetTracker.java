package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact class counts of the target column, while the target is class-valued (see
 * {@link TargetBalance}): at most {@value #MAX_CLASSES} classes, after which counting stops and
 * the memory is released.
 */
final class TargetTracker {

    /** More classes than this is not a classification target the balance view can show. */
    static final int MAX_CLASSES = 1000;

    private final ColumnSpec spec;
    private final int column;
    private final Map<String, long[]> classes = new HashMap<>();
    private boolean classValued;
    private long known;

    TargetTracker(ColumnSpec spec, int column) {
        this.spec = spec;
        this.column = column;
        this.classValued = spec.type() != ColumnType.NUMERIC;
    }

    /** Counts the row's target; returns its class, or null if missing or the target has no classes. */
    String accept(String[] row) {
        String value = row[column];
        if (value == null || !classValued) {
            return null;
        }
        known++;
        String key = spec.type() == ColumnType.INTEGER ? binaryLabel(value) : value;
        long[] count = classes.get(key);
        if (count == null) {
            if (key == null || classes.size() == MAX_CLASSES) {
                classValued = false;
                classes.clear();
                return null;
            }
            count = new long[1];
            classes.put(key, count);
        }
        count[0]++;
        return key;
    }

    /** True while every target value so far is a class (and there are not too many). */
    boolean classValued() {
        return classValued;
    }

    /** The class fairness rates are computed for; null if the target has no classes. */
    String positiveClass() {
        if (!classValued || known == 0) {
            return null;
        }
        return switch (spec.type()) {
            case BOOLEAN -> "true";
            case INTEGER -> "1";
            default -> classes.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(null);
        };
    }

    TargetBalance balance(ColumnProfileResult profile) {
        if (!classValued) {
            boolean numeric = spec.type() == ColumnType.INTEGER || spec.type() == ColumnType.NUMERIC;
            return new TargetBalance(spec.name(), spec.type(), null, null, null,
                    numeric ? profile.quantiles() : null);
        }
        List<CategoryCount> counts = classCounts();
        String positive = positiveClass();
        Double share = counts.stream().filter(c -> c.value().equals(positive)).map(CategoryCount::share)
                .findFirst().orElse(null);
        return new TargetBalance(spec.name(), spec.type(), counts, positive, share, null);
    }

    /** Every class, most frequent first; both classes of a binary type even if one never occurs. */
    private List<CategoryCount> classCounts() {
        Map<String, Long> all = new HashMap<>();
        if (spec.type() == ColumnType.BOOLEAN) {
            all.put("true", 0L);
            all.put("false", 0L);
        } else if (spec.type() == ColumnType.INTEGER) {
            all.put("1", 0L);
            all.put("0", 0L);
        }
        classes.forEach((key, count) -> all.put(key, count[0]));
        List<CategoryCount> result = new ArrayList<>();
        all.forEach((key, count) -> result.add(new CategoryCount(key, count, known == 0 ? 0 : (double) count / known)));
        result.sort(Comparator.comparingLong(CategoryCount::count).reversed().thenComparing(CategoryCount::value));
        return result;
    }

    /** "0" or "1" for an integer that is 0 or 1 however written ("+1", "01"); null otherwise. */
    private static String binaryLabel(String value) {
        try {
            long v = Long.parseLong(value);
            return v == 0 ? "0" : v == 1 ? "1" : null;
        } catch (NumberFormatException notAnInteger) {
            return null;
        }
    }
}
