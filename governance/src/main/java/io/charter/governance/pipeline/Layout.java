package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns that exist after the steps compiled so far, in order, each with its slot in a
 * {@link WorkRow}. A slot is never reused: a dropped column's slot stays, unread, so steps compiled
 * earlier keep writing where they always did.
 */
final class Layout {

    private final List<String> names = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private int slotCount;

    Layout(List<String> inputColumns) {
        inputColumns.forEach(this::append);
    }

    boolean has(String name) {
        return names.contains(name);
    }

    /** The slot of an existing column; {@link IllegalArgumentException} if there is none. */
    int slot(String name) {
        int at = names.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("column \"" + name + "\" must exist at this step, but the columns are "
                    + names);
        }
        return slots.get(at);
    }

    /** Adds a column at the end; returns its new slot. */
    int append(String name) {
        return insert(names.size(), name);
    }

    /** Adds a column right after {@code after}; returns its new slot. */
    int insertAfter(String after, String name) {
        slot(after);
        return insert(names.indexOf(after) + 1, name);
    }

    /** Removes {@code name} and puts {@code replacements} where it was; returns their new slots. */
    int[] replace(String name, List<String> replacements) {
        slot(name);
        int at = names.indexOf(name);
        names.remove(at);
        slots.remove(at);
        int[] created = new int[replacements.size()];
        for (int i = 0; i < created.length; i++) {
            created[i] = insert(at + i, replacements.get(i));
        }
        return created;
    }

    void remove(String name) {
        replace(name, List.of());
    }

    List<String> names() {
        return List.copyOf(names);
    }

    int[] slots() {
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    int slotCount() {
        return slotCount;
    }

    private int insert(int at, String name) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("would add column \"" + name + "\", but it exists already");
        }
        names.add(at, name);
        slots.add(at, slotCount);
        return slotCount++;
    }
}
