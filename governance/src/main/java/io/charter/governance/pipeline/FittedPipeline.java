package io.charter.governance.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * A pipeline fitted on a dataset's train rows: the versioned artifact a training worker and the
 * serving runtime both load, so that a row becomes the same model-ready vector in both. JSON:
 *
 * <pre>{@code {"formatVersion": 1, "fittedAt": "2025-01-31T12:00:00Z", "trainRows": 8000,
 *  "targetColumn": "default", "inputColumns": ["age", "city", ...], "outputColumns": ["age",
 *  "age_missing", "city=Paris", ...], "spec": {...}, "steps": [{"kind": "IMPUTE", ...}, ...]}}</pre>
 *
 * <p>A transform reads only {@code inputColumns}, {@code steps} and {@code outputColumns}; the
 * spec and the counts are provenance. The output vector has one number per output column:
 * encoded categories, booleans as 0/1, NaN for a value that is missing (and not imputed) or that
 * is not a number where one is needed. Instances are immutable and safe to share between threads.
 */
@JsonPropertyOrder({"formatVersion", "fittedAt", "trainRows", "targetColumn", "inputColumns", "outputColumns",
        "spec", "steps"})
public final class FittedPipeline {

    /** The artifact format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private final int formatVersion;
    private final PipelineSpec spec;
    private final String targetColumn;
    private final List<String> inputColumns;
    private final List<String> outputColumns;
    private final List<FittedStep> steps;
    private final long trainRows;
    private final Instant fittedAt;
    private final Program program;
    private final int[] outputSlots;
    private final Map<String, Integer> inputIndex = new HashMap<>();

    /**
     * Checks that the steps compile against the input columns and give the output columns: an
     * artifact that does not is corrupt, and {@link IllegalArgumentException} says where.
     */
    @JsonCreator
    public FittedPipeline(@JsonProperty("formatVersion") int formatVersion, @JsonProperty("spec") PipelineSpec spec,
                          @JsonProperty("targetColumn") String targetColumn,
                          @JsonProperty("inputColumns") List<String> inputColumns,
                          @JsonProperty("outputColumns") List<String> outputColumns,
                          @JsonProperty("steps") List<FittedStep> steps, @JsonProperty("trainRows") long trainRows,
                          @JsonProperty("fittedAt") Instant fittedAt) {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion must be " + FORMAT_VERSION + ", but is " + formatVersion
                    + ": the artifact was written by another version of Charter");
        }
        this.formatVersion = formatVersion;
        this.spec = Objects.requireNonNull(spec, "spec");
        this.targetColumn = targetColumn;
        this.inputColumns = List.copyOf(inputColumns);
        this.outputColumns = List.copyOf(outputColumns);
        this.steps = List.copyOf(steps);
        this.trainRows = trainRows;
        this.fittedAt = fittedAt;
        this.program = Program.of(this.inputColumns, this.steps);
        if (!program.layout().names().equals(this.outputColumns)) {
            throw new IllegalArgumentException("outputColumns must be the columns the steps give, "
                    + program.layout().names() + ", but are " + this.outputColumns);
        }
        this.outputSlots = program.layout().slots();
        for (int i = 0; i < this.inputColumns.size(); i++) {
            inputIndex.put(this.inputColumns.get(i), i);
        }
    }

    /** Reads an artifact written by {@link #toJson()}; {@link IllegalArgumentException} if it is not one. */
    public static FittedPipeline fromJson(String json) {
        try {
            return PipelineJson.MAPPER.readValue(json, FittedPipeline.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("json must be a fitted pipeline, but " + e.getOriginalMessage(), e);
        }
    }

    /** The artifact as indented JSON; doubles are written so that they read back exactly. */
    public String toJson() {
        return PipelineJson.write(this);
    }

    /**
     * The model-ready vector of one row given by column name; input columns the map lacks are
     * missing values, other keys are ignored. {@link UnknownCategoryException} for a category a
     * ONE_HOT step with {@code handleUnknown: ERROR} never saw.
     */
    public double[] transform(Map<String, String> row) {
        String[] fields = new String[inputColumns.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = row.get(inputColumns.get(i));
        }
        return transform(fields);
    }

    /** The model-ready vector of one row whose fields are in {@link #inputColumns()} order, as stored. */
    public double[] transform(String[] fields) {
        if (fields.length != inputColumns.size()) {
            throw new IllegalArgumentException("fields must be the " + inputColumns.size() + " input columns "
                    + inputColumns + ", but are " + fields.length);
        }
        int[] positions = new int[fields.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return run(fields, positions);
    }

    /**
     * Transforms the rows of {@code source} that {@code rows} accepts, in order, handing each vector
     * to {@code sink}: how a training worker turns a stored split into model input. The source's
     * header must have every input column (it may have others, such as the target).
     */
    public void transformAll(RowSource source, LongPredicate rows, VectorHandler sink) throws IOException {
        List<String> header = source.header();
        List<String> absent = new ArrayList<>(inputColumns);
        absent.removeAll(header);
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("source must have the pipeline's input columns, but lacks " + absent);
        }
        int[] positions = inputColumns.stream().mapToInt(header::indexOf).toArray();
        source.forEach((row, fields) -> {
            if (rows.test(row)) {
                sink.accept(row, run(fields, positions));
            }
        });
    }

    private double[] run(String[] fields, int[] positions) {
        WorkRow row = program.load(fields, positions);
        program.apply(row);
        return program.output(row, outputSlots);
    }

    /** The position of an input column in {@link #transform(String[])}'s fields, or -1. */
    public int inputIndex(String column) {
        return inputIndex.getOrDefault(column, -1);
    }

    @JsonProperty
    public int formatVersion() {
        return formatVersion;
    }

    @JsonProperty
    public PipelineSpec spec() {
        return spec;
    }

    /** The target the pipeline was fitted with (not an input), or null. */
    @JsonProperty
    public String targetColumn() {
        return targetColumn;
    }

    /** The columns a row must give: the dataset's, without the target. */
    @JsonProperty
    public List<String> inputColumns() {
        return inputColumns;
    }

    /** The names of the vector's entries, in order. */
    @JsonProperty
    public List<String> outputColumns() {
        return outputColumns;
    }

    /** What each step learnt, in order. */
    @JsonProperty
    public List<FittedStep> steps() {
        return steps;
    }

    /** How many rows the pipeline was fitted on. */
    @JsonProperty
    public long trainRows() {
        return trainRows;
    }

    @JsonProperty
    public Instant fittedAt() {
        return fittedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedPipeline p && formatVersion == p.formatVersion && trainRows == p.trainRows
                && spec.equals(p.spec) && Objects.equals(targetColumn, p.targetColumn)
                && inputColumns.equals(p.inputColumns) && outputColumns.equals(p.outputColumns)
                && steps.equals(p.steps) && Objects.equals(fittedAt, p.fittedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formatVersion, spec, targetColumn, inputColumns, outputColumns, steps, trainRows, fittedAt);
    }

    @Override
    public String toString() {
        return "FittedPipeline[" + inputColumns.size() + " inputs → " + outputColumns + ", " + steps.size()
                + " steps, " + trainRows + " train rows, fitted " + fittedAt + "]";
    }
}
