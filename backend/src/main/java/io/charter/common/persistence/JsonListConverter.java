package io.charter.common.persistence;

import java.util.List;

/**
 * Stores a list of small value records as JSON text. Subclass once per element type
 * ({@code class KpiList extends JsonListConverter<Kpi>}) so the type survives erasure.
 */
public abstract class JsonListConverter<E> extends JsonColumnConverter<List<E>> {

    protected JsonListConverter(Class<E> elementType) {
        super(MAPPER.getTypeFactory().constructCollectionType(List.class, elementType), List.of(), List::copyOf);
    }
}
