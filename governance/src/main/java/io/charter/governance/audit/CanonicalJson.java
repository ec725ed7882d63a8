package io.charter.governance.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Canonical JSON: object keys sorted at every depth, no insignificant whitespace, ISO-8601
 * timestamps. Two equal values always give the same bytes, so their SHA-256 is comparable.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CanonicalJson() {
    }

    /** The canonical JSON text of any Jackson-serialisable value ({@code null} gives "null"). */
    public static String of(Object value) {
        try {
            // through a generic tree of maps and lists so that map keys of nested beans sort too
            Object generic = MAPPER.convertValue(value, Object.class);
            return MAPPER.writeValueAsString(generic);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("value must be serialisable to JSON, but got "
                    + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
