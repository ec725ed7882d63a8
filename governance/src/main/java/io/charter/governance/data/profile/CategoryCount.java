package io.charter.governance.data.profile;

/**
 * How often one value occurs.
 *
 * @param value the value (trimmed; BOOLEAN values as "true"/"false"; values longer than
 *              {@value SketchSettings#MAX_CATEGORY_CHARS} characters are cut and end in "…")
 * @param count occurrences
 * @param share {@code count} divided by the number of non-missing values it is counted among
 */
public record CategoryCount(String value, long count, double share) {
}
