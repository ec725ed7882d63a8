package io.charter.common.error;

/** One offending field (JSON path, query parameter, header, row or column) and what is wrong with it. */
public record FieldError(String field, String message) {
}
