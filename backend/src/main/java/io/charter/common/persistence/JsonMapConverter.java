package io.charter.common.persistence;

import java.util.Map;
import java.util.TreeMap;

/** Stores a string-keyed map as JSON text with sorted keys. Subclass once per value type. */
public abstract class JsonMapConverter<V> extends JsonColumnConverter<Map<String, V>> {

    protected JsonMapConverter(Class<V> valueType) {
        super(MAPPER.getTypeFactory().constructMapType(TreeMap.class, String.class, valueType), Map.of(),
                m -> java.util.Collections.unmodifiableMap(new TreeMap<>(m)));
    }
}
