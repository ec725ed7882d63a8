package io.charter.common.data;

import io.charter.common.error.CharterException;
import io.quarkus.panache.common.Sort;

import java.util.Map;

/**
 * Validated list parameters {@code page}, {@code size}, {@code sort=field,asc|desc}, {@code q}.
 * Sort fields are looked up in a whitelist mapping API names to entity attributes, so a client
 * can never sort by (or probe) a column it cannot read.
 */
public record PageQuery(int page, int size, Sort sort, String q) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_QUERY = 200;

    public static PageQuery of(Integer page, Integer size, String sort, String q,
                               Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw CharterException.invalid("page", "must be >= 0, but got " + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw CharterException.invalid("size", "must be between 1 and " + MAX_SIZE + ", but got " + s);
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw CharterException.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        return new PageQuery(p, s, parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable),
                q == null || q.isBlank() ? null : q.trim());
    }

    private static Sort parseSort(String spec, Map<String, String> sortable) {
        String[] parts = spec.split(",");
        String attribute = sortable.get(parts[0].trim());
        if (attribute == null) {
            throw CharterException.invalid("sort", "cannot sort by '" + parts[0].trim() + "'; sortable fields: "
                    + sortable.keySet().stream().sorted().toList());
        }
        String dir = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw CharterException.invalid("sort", "direction must be asc or desc, but got '" + dir + "'");
        }
        return dir.equals("asc") ? Sort.ascending(attribute) : Sort.descending(attribute);
    }

    /** A case-insensitive LIKE pattern for {@code q}, with LIKE's wildcards escaped. */
    public String likePattern() {
        return "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
