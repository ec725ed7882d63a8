package io.charter.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;

import java.util.List;

/**
 * Stores a list of small value records as JSON text. Subclass once per element type
 * ({@code class KpiList extends JsonListConverter<Kpi>}) so the type survives erasure.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private final JavaType type;

    protected JsonListConverter(Class<T> elementType) {
        this.type = MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
    }

    @Override
    public String convertToDatabaseColumn(List<T> value) {
        try {
            return MAPPER.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + type + " as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a valid " + type + ": " + e.getOriginalMessage(), e);
        }
    }
}
