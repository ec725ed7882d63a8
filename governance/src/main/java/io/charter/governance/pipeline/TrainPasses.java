package io.charter.governance.pipeline;

import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The fitter's passes over the train rows. The predicate is asked first and a rejected row is
 * dropped before any of its fields is read, so no statistic of any step can see it.
 */
final class TrainPasses {

    private final RowSource source;
    private final LongPredicate isTrainRow;
    private final int[] positions;
    private long trainRows = -1;
    private long allRows;

    TrainPasses(RowSource source, LongPredicate isTrainRow, List<String> inputs, List<String> header) {
        this.source = source;
        this.isTrainRow = isTrainRow;
        this.positions = inputs.stream().mapToInt(header::indexOf).toArray();
    }

    /** The train rows counted by the last pass; -1 before the first. */
    long trainRows() {
        return trainRows;
    }

    /** Hands every train row, through the program so far, to {@code consumer}; a problem if there is none. */
    List<SpecProblem> run(Program program, TrainRow consumer) throws IOException {
        long[] counts = new long[2];
        source.forEach((row, fields) -> {
            counts[0]++;
            if (!isTrainRow.test(row)) {
                return;
            }
            counts[1]++;
            WorkRow values = program.load(fields, positions);
            program.apply(values);
            consumer.accept(row, values, fields);
        });
        allRows = counts[0];
        trainRows = counts[1];
        return trainRows > 0 ? List.of() : List.of(new SpecProblem("", "must be fitted on at least one train row, "
                + "but the split selects none of the " + allRows + " rows"));
    }

    /**
     * The last pass: counts the train rows and checks that every output column holds numbers, so
     * that a text column nobody encoded does not reach the model as NaN.
     */
    List<SpecProblem> finish(Program program) throws IOException {
        int[] outputs = program.layout().slots();
        List<String> names = program.layout().names();
        String[] text = new String[outputs.length];
        long[] textRow = new long[outputs.length];
        List<SpecProblem> problems = new ArrayList<>(run(program, (row, values, fields) -> {
            for (int i = 0; i < outputs.length; i++) {
                String t = values.nonNumericText(outputs[i]);
                if (t != null && text[i] == null) {
                    text[i] = t;
                    textRow[i] = row;
                }
            }
        }));
        for (int i = 0; i < outputs.length; i++) {
            if (text[i] != null) {
                problems.add(new SpecProblem("steps", "must turn every column into numbers, but \"" + names.get(i)
                        + "\" reaches the output as text (\"" + text[i] + "\" in row " + (textRow[i] + 1)
                        + "); encode it with ONE_HOT, ORDINAL or TARGET_ENCODE, or DROP it"));
            }
        }
        return problems;
    }

    /** What a pass hands each train row to; a {@link StepFitter}'s accept is one. */
    @FunctionalInterface
    interface TrainRow {
        void accept(long row, WorkRow values, String[] fields);
    }
}
