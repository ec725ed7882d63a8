package io.charter.worker.data;

import io.charter.governance.data.Values;
import io.charter.governance.eval.TaskType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The classes of a classification and the index each label trains as: the training labels sorted
 * as strings (scikit-learn's order, {@code io.charter.governance.eval.Labels} reads them alike), so
 * class index {@code c} of {@code predictProba} is {@code classes.get(c)}. Labels are the raw
 * target fields, trimmed; a missing one is bad data.
 *
 * @param classes       every class, sorted
 * @param positiveClass binary: the positive label (the spec's, or the last class); else null
 */
public record LabelEncoding(List<String> classes, String positiveClass) {

    public LabelEncoding {
        classes = List.copyOf(classes);
    }

    /**
     * The encoding of the training labels of a {@code task}.
     *
     * @param positiveClass the spec's positive class, or null for the last class (binary only)
     * @throws BadDataException if a label is missing, the class count does not suit the task or the
     *                          positive class is not a label
     */
    public static LabelEncoding of(String[] rawLabels, String column, TaskType task, String positiveClass) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String label : clean(rawLabels, column)) {
            sorted.add(label);
        }
        return of(List.copyOf(sorted), task, positiveClass);
    }

    /** The encoding of known classes, e.g. a saved model's {@code classes.json}. */
    public static LabelEncoding of(List<String> classes, TaskType task, String positiveClass) {
        if (task == TaskType.BINARY_CLASSIFICATION && classes.size() != 2) {
            throw new BadDataException("a binary classification needs exactly 2 classes, but the target has "
                    + classes.size() + ": " + abbreviate(classes));
        }
        if (task != TaskType.BINARY_CLASSIFICATION) {
            return new LabelEncoding(classes, null);
        }
        String positive = positiveClass == null ? classes.get(classes.size() - 1) : positiveClass.strip();
        if (!classes.contains(positive)) {
            throw new BadDataException("positiveClass must be one of the classes " + classes + ", but is \""
                    + positiveClass + "\"");
        }
        return new LabelEncoding(classes, positive);
    }

    /** Class indexes of the labels; every label must be a class. */
    public int[] encode(String[] rawLabels, String column) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            index.put(classes.get(c), c);
        }
        String[] labels = clean(rawLabels, column);
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            Integer c = index.get(labels[i]);
            if (c == null) {
                throw new BadDataException("label \"" + labels[i] + "\" of column \"" + column + "\" must be one of "
                        + abbreviate(classes));
            }
            out[i] = c;
        }
        return out;
    }

    /**
     * The trimmed labels.
     *
     * @throws BadDataException naming the first row (of those given, 1-based) whose label is missing
     */
    public static String[] clean(String[] rawLabels, String column) {
        String[] out = new String[rawLabels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.clean(rawLabels[i]);
            if (out[i] == null) {
                throw new BadDataException("target column \"" + column + "\" must have a label in every row, but row "
                        + (i + 1) + " of the split's rows has none");
            }
        }
        return out;
    }

    private static String abbreviate(List<String> classes) {
        return classes.size() <= 20 ? classes.toString() : classes.subList(0, 20) + " …";
    }
}
