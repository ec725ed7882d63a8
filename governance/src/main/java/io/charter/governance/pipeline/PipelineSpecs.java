package io.charter.governance.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading and checking pipeline specs, and the limits a spec and a fit keep to. {@link #check}
 * is what the server runs before accepting a spec: it returns every problem, each with the path
 * of its field, so one response can name them all.
 */
public final class PipelineSpecs {

    /** More steps than this is a mistake (a generated spec gone wrong), not a pipeline. */
    public static final int MAX_STEPS = 50;
    /** Largest {@code maxCategories} of ONE_HOT. */
    public static final int MAX_CATEGORIES = 1000;
    /** Largest {@code bins} of BIN. */
    public static final int MAX_BINS = 1000;
    /**
     * Distinct values per column whose counts (ONE_HOT, ORDINAL, MODE) or target sums
     * (TARGET_ENCODE) fitting keeps exactly; bounds a fit's memory to a few MB per column.
     */
    public static final int TRACKED_CATEGORIES = 6144;
    /** At most this many rare categories of a ONE_HOT column are listed in the artifact. */
    public static final int LISTED_OTHER_CATEGORIES = 1000;
    /** BOX_COX fits λ on a uniform sample of at most this many values per column (800 KB). */
    public static final int BOX_COX_SAMPLE = 100_000;

    private static final Pattern FOUND = Pattern.compile("from (\\w+ value|Object value|Array value)");

    private PipelineSpecs() {
    }

    /**
     * The problems of {@code spec} for a dataset with {@code inputColumns}; empty if it can be
     * fitted. The target is the one its TARGET_ENCODE steps name, if any.
     */
    public static List<SpecProblem> check(PipelineSpec spec, List<String> inputColumns) {
        return check(spec, inputColumns, null);
    }

    /**
     * Like {@link #check(PipelineSpec, List)} for a dataset whose target is {@code targetColumn}
     * (null if none): no step may read the target as a feature, and TARGET_ENCODE must encode with it.
     *
     * @param inputColumns the dataset's columns, target included
     */
    public static List<SpecProblem> check(PipelineSpec spec, List<String> inputColumns, String targetColumn) {
        return SpecCheck.run(spec, inputColumns, targetColumn);
    }

    /**
     * Reads a spec from JSON; a document that does not have the spec's shape (not JSON, an unknown
     * field, text where a list belongs) fails with the path of each problem. The spec returned is
     * not checked yet: that is {@link #check}.
     */
    public static PipelineSpec parse(String json) throws InvalidPipelineException {
        try {
            PipelineSpec spec = PipelineJson.MAPPER.readValue(json, PipelineSpec.class);
            if (spec == null) {
                throw new InvalidPipelineException(List.of(new SpecProblem("", "must be a pipeline spec object, "
                        + "but is null")));
            }
            return spec;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidPipelineException(List.of(new SpecProblem(PipelineJson.path(e), "is not a field of "
                    + (e.getReferringClass() == StepSpec.class ? "a step" : "a pipeline spec") + " (known fields: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
                    + ")")));
        } catch (MismatchedInputException e) {
            throw new InvalidPipelineException(List.of(new SpecProblem(PipelineJson.path(e), "must be "
                    + expected(e.getTargetType()) + ", but is " + found(e))));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException syntax) {
                throw notJson(syntax);
            }
            throw new InvalidPipelineException(List.of(new SpecProblem(PipelineJson.path(e), "must be a value of "
                    + "the spec's shape, but " + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    private static InvalidPipelineException notJson(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).replaceFirst("(?s) \\(start marker at .*", "");
        return new InvalidPipelineException(List.of(new SpecProblem("", "must be JSON, but " + message
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr()))));
    }

    /** The spec as JSON, indented, null parameters left out. */
    public static String toJson(PipelineSpec spec) {
        return PipelineJson.write(spec);
    }

    /** The target the spec's first TARGET_ENCODE step names, or null. */
    static String targetOf(PipelineSpec spec) {
        if (spec == null || spec.steps() == null) {
            return null;
        }
        return spec.steps().stream()
                .filter(s -> s != null && StepKind.TARGET_ENCODE.name().equals(s.kind()) && s.target() != null
                        && !s.target().isBlank())
                .map(StepSpec::target).findFirst().orElse(null);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        } else if (List.class.isAssignableFrom(type)) {
            return "a list";
        } else if (type == String.class) {
            return "text";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type == StepSpec.class ? "a step object" : "a pipeline spec object";
    }

    private static String found(MismatchedInputException e) {
        Matcher m = FOUND.matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? "a " + m.group(1).replace(" value", "").toLowerCase(java.util.Locale.ROOT) + " value"
                : "another kind of value";
    }
}
