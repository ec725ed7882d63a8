package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A step's columns resolved against the layout the steps before it left: names, slots, and the
 * spec path of each for messages.
 *
 * @param names the column names, in the spec's order
 * @param paths {@code steps[i].columns[j]} (or {@code steps[i].pairs[j][k]}) of each
 * @param slots each column's slot
 */
record StepColumns(List<String> names, List<String> paths, int[] slots) {

    /**
     * Resolves {@code names}; null, with problems added, if one does not exist. Only a one-hot
     * indicator name that the data did not produce gets here: {@link PipelineSpecs#check} has
     * vetted the others.
     */
    static StepColumns resolve(List<String> names, List<String> paths, Layout layout, List<SpecProblem> problems) {
        int[] slots = new int[names.size()];
        boolean ok = true;
        for (int j = 0; j < slots.length; j++) {
            if (layout.has(names.get(j))) {
                slots[j] = layout.slot(names.get(j));
            } else {
                problems.add(new SpecProblem(paths.get(j), "must be a column available at this step "
                        + layout.names() + ", but is \"" + names.get(j) + "\""));
                ok = false;
            }
        }
        return ok ? new StepColumns(List.copyOf(names), List.copyOf(paths), slots) : null;
    }

    /** The paths {@code <step>.columns[j]} of a step's column list. */
    static List<String> paths(String stepPath, int count) {
        List<String> paths = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            paths.add(stepPath + ".columns[" + j + "]");
        }
        return paths;
    }

    String name(int j) {
        return names.get(j);
    }

    int size() {
        return slots.length;
    }

    NumericColumns numeric(StepKind kind) {
        return new NumericColumns(kind, paths, slots);
    }
}
