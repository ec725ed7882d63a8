package io.charter.governance.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of {@code evaluation.json}: indented (people read it), unknown fields
 * refused (a misspelt field must not silently vanish), doubles written so that reading them back
 * gives the same bits. Every number is finite: undefined metrics are null, never NaN.
 */
public final class EvaluationJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EvaluationJson() {
    }

    public static String write(Evaluation evaluation) {
        try {
            return MAPPER.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation must always serialise, but " + e.getOriginalMessage(), e);
        }
    }

    /** Reads an evaluation; a malformed or unknown shape is an IllegalArgumentException naming the problem. */
    public static Evaluation read(String json) {
        try {
            return MAPPER.readValue(json, Evaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("evaluation.json must be an Evaluation of schema version "
                    + Evaluation.SCHEMA_VERSION + ", but " + e.getOriginalMessage(), e);
        }
    }
}
