package io.charter.governance.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A preprocessing pipeline as the user writes it: steps applied in order, each seeing the columns
 * the steps before it left (seed §3.3). It says what to learn, not what was learnt: fitting it on
 * the train rows of a dataset ({@link PipelineFitter}) gives a {@link FittedPipeline}.
 *
 * <p>JSON: {@code {"version": 1, "steps": [{"kind": "IMPUTE", "columns": ["age"], "strategy":
 * "MEDIAN"}, ...]}}. The spec is only a carrier: {@link PipelineSpecs#check} says what is wrong
 * with it, field by field, so a spec read from a user keeps whatever it was given (null steps too).
 *
 * @param version the spec format, {@value #CURRENT_VERSION}; null (absent) means the current one
 * @param steps   the steps, at most {@value PipelineSpecs#MAX_STEPS}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PipelineSpec(Integer version, List<StepSpec> steps) {

    /** The one spec format there is. A change that alters how a spec is read gets a new number. */
    public static final int CURRENT_VERSION = 1;

    public PipelineSpec {
        version = version == null ? CURRENT_VERSION : version;
        // not List.copyOf: a null step is the user's error to be reported by check, not an NPE here
        steps = steps == null ? null : Collections.unmodifiableList(new ArrayList<>(steps));
    }

    /** A spec of the current version. */
    public PipelineSpec(List<StepSpec> steps) {
        this(CURRENT_VERSION, steps);
    }
}
