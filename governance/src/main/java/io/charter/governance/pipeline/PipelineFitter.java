package io.charter.governance.pipeline;

import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * Fits a {@link PipelineSpec} on the train rows of a stored table, and on nothing else: the leakage
 * guard of seed §3.3 and §6.1. Statistics computed over all rows (a mean that has seen the test
 * rows, a category that only the test rows have) would let the evaluation peek at the test set.
 *
 * <p>Each step is fitted in turn with one streaming pass over the table (steps whose parameters
 * the spec gives, such as DROP, need none): a row the train predicate rejects is skipped before
 * its fields are read; a train row is run through the steps already fitted and handed to the
 * step's fitter. A last pass counts the train rows and checks that every output column holds
 * numbers. Memory is bounded per column whatever the row count: Welford moments, a KLL sketch
 * (~7 KB), a frequent-items sketch or capped map of at most {@value PipelineSpecs#TRACKED_CATEGORIES}
 * categories, or for BOX_COX a sample of at most {@value PipelineSpecs#BOX_COX_SAMPLE} values.
 */
public final class PipelineFitter {

    private PipelineFitter() {
    }

    /**
     * Fits {@code spec} on the rows of {@code source} that {@code isTrainRow} accepts.
     *
     * @param isTrainRow   true for the index (from 0) of a data row in the train split
     * @param targetColumn the column the model predicts, or null: it is not an input of the pipeline
     *                     (only TARGET_ENCODE reads it); null means the target its TARGET_ENCODE
     *                     steps name, if any
     * @throws InvalidPipelineException if the spec has problems ({@link PipelineSpecs#check}) or the
     *                                  train rows do not allow a step (text where numbers are needed,
     *                                  no values, a negative value for LOG, no train rows, …)
     */
    public static FittedPipeline fit(PipelineSpec spec, RowSource source, LongPredicate isTrainRow,
                                     String targetColumn) throws IOException, InvalidPipelineException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(isTrainRow, "isTrainRow");
        List<String> header = source.header();
        String target = targetColumn != null ? targetColumn : PipelineSpecs.targetOf(spec);
        throwIfAny(PipelineSpecs.check(spec, header, target));
        List<String> inputs = header.stream().filter(c -> !c.equals(target)).toList();
        TrainPasses passes = new TrainPasses(source, isTrainRow, inputs, header);
        Program program = new Program(inputs);
        List<FittedStep> fitted = new ArrayList<>();
        int targetField = target == null ? -1 : header.indexOf(target);
        for (int i = 0; i < spec.steps().size(); i++) {
            fitted.add(fitStep(i, spec.steps().get(i), program, passes, targetField));
        }
        throwIfAny(passes.finish(program));
        return new FittedPipeline(FittedPipeline.FORMAT_VERSION, spec, target, inputs, program.layout().names(),
                fitted, passes.trainRows(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static FittedStep fitStep(int i, StepSpec step, Program program, TrainPasses passes, int targetField)
            throws IOException, InvalidPipelineException {
        List<SpecProblem> problems = new ArrayList<>();
        StepFitter fitter = StepFitters.create(i, step, program.layout(), targetField, problems);
        throwIfAny(problems);
        if (fitter.needsRows()) {
            throwIfAny(passes.run(program, fitter::accept));
        }
        FittedStep result = fitter.result(passes.trainRows(), problems);
        throwIfAny(problems);
        try {
            program.append(result);
        } catch (IllegalArgumentException e) {
            // a column the data named, e.g. a one-hot indicator, clashes with one that exists
            throw new InvalidPipelineException(List.of(new SpecProblem("steps[" + i + "]", "must not create a column "
                    + "twice, but " + e.getMessage())));
        }
        return result;
    }

    private static void throwIfAny(List<SpecProblem> problems) throws InvalidPipelineException {
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
    }
}
