package io.charter.governance.data.profile;

import io.charter.governance.data.RowHandler;
import io.charter.governance.data.ColumnType;
import io.charter.governance.data.DataFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.hll.HllSketch;

/**
 * The state of one profiling pass: an accumulator per column, the correlation and sample state
 * across columns, and the target and representation tallies. Each row is cleaned once, then
 * offered to each of them; nothing here grows with the number of rows.
 */
final class ProfileRun implements RowHandler {

    private final ProfileRequest request;
    private final ColumnType[] types;
    private final NumericAccumulator[] numeric;
    private final CategoricalAccumulator[] categorical;
    private final int[] pearsonColumns;
    private final PearsonAccumulator pearson;
    private final double[] pearsonValues;
    private final boolean[] pearsonPresent;
    private final int[] sampledColumns;
    private final CategoricalSample sample;
    private final HllSketch distinctRows = SketchSettings.newRowDistinctSketch();
    private final TargetTracker target;
    private final RepresentationTracker representation;
    private final ProgressListener progress;
    private final String[] cells;
    private final double[] numbers;
    private long rows;

    ProfileRun(ProfileRequest request, ProgressListener progress) {
        this.request = request;
        this.progress = progress;
        int width = request.columns().size();
        types = request.columns().stream().map(ColumnSpec::type).toArray(ColumnType[]::new);
        numeric = new NumericAccumulator[width];
        categorical = new CategoricalAccumulator[width];
        for (int i = 0; i < width; i++) {
            ColumnSpec spec = request.columns().get(i);
            if (isNumeric(spec.type())) {
                numeric[i] = new NumericAccumulator(spec);
            } else {
                categorical[i] = new CategoricalAccumulator(spec);
            }
        }
        pearsonColumns = firstOfTypes(PearsonAccumulator.MAX_COLUMNS, ColumnType.INTEGER, ColumnType.NUMERIC);
        pearson = new PearsonAccumulator(names(pearsonColumns));
        pearsonValues = new double[pearsonColumns.length];
        pearsonPresent = new boolean[pearsonColumns.length];
        sampledColumns = firstOfTypes(ProfileAssembly.MAX_CRAMER_COLUMNS, ColumnType.CATEGORICAL, ColumnType.BOOLEAN);
        sample = new CategoricalSample(request.sampleRows(), sampledColumns);
        int targetIndex = request.targetColumn() == null ? -1 : request.indexOf(request.targetColumn());
        target = targetIndex < 0 ? null : new TargetTracker(request.columns().get(targetIndex), targetIndex);
        representation = new RepresentationTracker(request);
        cells = new String[width];
        numbers = new double[width];
    }

    @Override
    public void accept(long row, String[] fields) throws IOException {
        rows++;
        long rowHash = 0;
        for (int i = 0; i < fields.length; i++) {
            rowHash = Cells.foldRow(rowHash, fields[i]);
            cells[i] = Cells.clean(fields[i], types[i]);
            if (numeric[i] == null) {
                categorical[i].accept(cells[i]);
            } else if (cells[i] == null) {
                numeric[i].addMissing();
            } else {
                numbers[i] = parse(cells[i], i);
                numeric[i].add(numbers[i]);
            }
        }
        distinctRows.update(rowHash);
        acceptPearson();
        sample.offer(cells);
        representation.accept(cells, target == null ? null : target.accept(cells));
        if (rows % ProgressListener.INTERVAL_ROWS == 0) {
            progress.rowsRead(rows);
        }
    }

    DatasetProfile finish() {
        progress.rowsRead(rows);
        List<ColumnProfileResult> results = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            results.add(numeric[i] != null ? numeric[i].result(rows) : categorical[i].result(rows));
        }
        ProfileAssembly assembly = new ProfileAssembly(request, rows, results);
        return assembly.profile(pearson.result(countOfTypes(ColumnType.INTEGER, ColumnType.NUMERIC)),
                assembly.cramersV(sample, sampledColumns, categorical,
                        countOfTypes(ColumnType.CATEGORICAL, ColumnType.BOOLEAN)),
                distinctRows, target, representation);
    }

    private void acceptPearson() {
        for (int p = 0; p < pearsonColumns.length; p++) {
            int column = pearsonColumns[p];
            pearsonPresent[p] = cells[column] != null;
            pearsonValues[p] = numbers[column];
        }
        pearson.accept(pearsonValues, pearsonPresent);
    }

    /** A finite number; the file was validated, so anything else means the type was overridden wrongly. */
    private double parse(String cell, int column) throws IOException {
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            String name = request.columns().get(column).name();
            String message = "row " + rows + ", column " + (column + 1) + " (\"" + name + "\"): value must be a "
                    + "finite number in a " + types[column] + " column, but got \"" + cell + "\"";
            throw new IOException(message, new DataFormatException(message, rows, column + 1, name));
        }
        return value;
    }

    private int[] firstOfTypes(int limit, ColumnType a, ColumnType b) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < types.length && found.size() < limit; i++) {
            if (types[i] == a || types[i] == b) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private int countOfTypes(ColumnType a, ColumnType b) {
        int count = 0;
        for (ColumnType t : types) {
            count += t == a || t == b ? 1 : 0;
        }
        return count;
    }

    private List<String> names(int[] columns) {
        List<String> names = new ArrayList<>(columns.length);
        for (int c : columns) {
            names.add(request.columns().get(c).name());
        }
        return names;
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.NUMERIC;
    }
}
