package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact counts of the declared groups of each protected attribute, and per group the target's
 * classes, so that the share of every group and its positive-class rate can be compared against
 * the charter. Memory is bounded by groups × target classes (at most {@value TargetTracker#MAX_CLASSES}).
 */
final class RepresentationTracker {

    /** One protected attribute: where it is, its declared groups, rows where it is present. */
    private static final class Attribute {
        final String name;
        final int column;
        final Map<String, Group> groups = new LinkedHashMap<>();
        long known;

        Attribute(String name, int column) {
            this.name = name;
            this.column = column;
        }
    }

    /** One declared group: its rows, those with a known target class, and their classes. */
    private static final class Group {
        final String declared;
        final Map<String, long[]> classes = new HashMap<>();
        long rows;
        long withClass;

        Group(String declared) {
            this.declared = declared;
        }
    }

    private final List<Attribute> attributes = new ArrayList<>();

    RepresentationTracker(ProfileRequest request) {
        for (ProtectedGroupSpec spec : request.protectedAttributes()) {
            int column = request.indexOf(spec.column());
            boolean bool = request.columns().get(column).type() == ColumnType.BOOLEAN;
            Attribute attribute = new Attribute(request.columns().get(column).name(), column);
            for (String group : spec.groups()) {
                String key = bool ? Cells.canonicalBoolean(group.strip()) : group.strip();
                attribute.groups.putIfAbsent(key, new Group(group));
            }
            attributes.add(attribute);
        }
    }

    /** Counts one row of cleaned values, whose target class is {@code targetClass} (null if none). */
    void accept(String[] row, String targetClass) {
        for (Attribute attribute : attributes) {
            String value = row[attribute.column];
            if (value == null) {
                continue;
            }
            attribute.known++;
            Group group = attribute.groups.get(value);
            if (group == null) {
                continue;
            }
            group.rows++;
            if (targetClass != null) {
                group.withClass++;
                group.classes.computeIfAbsent(targetClass, k -> new long[1])[0]++;
            }
        }
    }

    /** One entry per declared group, in request order; rates for {@code positiveClass} if not null. */
    List<GroupRepresentation> results(String positiveClass, double minGroupShare) {
        List<GroupRepresentation> results = new ArrayList<>();
        for (Attribute attribute : attributes) {
            for (Group group : attribute.groups.values()) {
                double share = attribute.known == 0 ? 0 : (double) group.rows / attribute.known;
                Double rate = positiveClass == null || group.withClass == 0 ? null
                        : (double) group.classes.getOrDefault(positiveClass, new long[1])[0] / group.withClass;
                results.add(new GroupRepresentation(attribute.name, group.declared, group.rows, share,
                        positiveClass, rate, share < minGroupShare));
            }
        }
        return results;
    }
}
