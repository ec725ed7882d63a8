package io.charter.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;

import java.util.function.UnaryOperator;

/**
 * Stores a small value (a list of records, a map) as JSON text in one column. Values read back
 * are immutable copies; {@code null} is stored and read as the empty value.
 */
public abstract class JsonColumnConverter<T> implements AttributeConverter<T, String> {

    protected static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private final JavaType type;
    private final T empty;
    private final UnaryOperator<T> freeze;

    protected JsonColumnConverter(JavaType type, T empty, UnaryOperator<T> freeze) {
        this.type = type;
        this.empty = empty;
        this.freeze = freeze;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return MAPPER.writeValueAsString(value == null ? empty : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + type + " as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        try {
            return json == null ? empty : freeze.apply(MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a valid " + type + ": " + e.getOriginalMessage(), e);
        }
    }
}
