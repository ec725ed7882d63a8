package io.charter.tracking.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MLflow's run filter syntax ({@code search_runs(filter_string=...)}), parsed into clauses:
 * {@code metrics.rmse < 0.5 and params.model = 'tree' and tags.team != "risk" and
 * attributes.status = 'FINISHED'}. Clauses are joined by AND only, as in MLflow; keys may be
 * quoted with backticks or double quotes ({@code metrics.`f1 score`}). Comparators: {@code =},
 * {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=} for numbers; {@code =}, {@code !=},
 * {@code LIKE}, {@code ILIKE} for strings. A malformed filter is an {@link IllegalArgumentException}
 * whose message says where and what was expected (the caller answers INVALID_PARAMETER_VALUE).
 */
public final class RunFilter {

    /** What a clause compares. */
    public enum Kind { METRIC, PARAM, TAG, ATTRIBUTE }

    /** One comparison. {@code value} is a Double for numeric comparisons, else a String. */
    public record Clause(Kind kind, String key, String op, Object value) {
    }

    static final Set<String> NUMERIC_ATTRIBUTES = Set.of("start_time", "end_time");
    static final Set<String> STRING_ATTRIBUTES = Set.of("status", "run_name", "run_id", "user_id");
    private static final Set<String> NUMERIC_OPS = Set.of("=", "!=", ">", ">=", "<", "<=");
    private static final Set<String> STRING_OPS = Set.of("=", "!=", "LIKE", "ILIKE");

    private final String text;
    private int pos;

    private RunFilter(String text) {
        this.text = text;
    }

    /** The clauses of {@code filter}; none for null or blank. */
    public static List<Clause> parse(String filter) {
        List<Clause> clauses = new ArrayList<>();
        if (filter == null || filter.isBlank()) {
            return clauses;
        }
        RunFilter p = new RunFilter(filter);
        clauses.add(p.clause());
        while (p.skipSpaces() < p.text.length()) {
            p.expectWord("AND");
            clauses.add(p.clause());
        }
        return clauses;
    }

    /** The kind named by an identifier's prefix ({@code metrics}, {@code params}, ...), or null. */
    static Kind kind(String prefix) {
        return switch (prefix.toLowerCase(Locale.ROOT)) {
            case "metric", "metrics" -> Kind.METRIC;
            case "param", "params", "parameter", "parameters" -> Kind.PARAM;
            case "tag", "tags" -> Kind.TAG;
            case "attribute", "attributes", "attr", "run" -> Kind.ATTRIBUTE;
            default -> null;
        };
    }

    private Clause clause() {
        skipSpaces();
        int start = pos;
        String prefix = word();
        Kind kind = kind(prefix);
        if (kind == null || pos >= text.length() || text.charAt(pos) != '.') {
            throw error(start, "an identifier such as metrics.<key>, params.<key>, tags.<key> or attributes.<name>");
        }
        pos++;
        String key = key();
        if (kind == Kind.ATTRIBUTE && !NUMERIC_ATTRIBUTES.contains(key) && !STRING_ATTRIBUTES.contains(key)) {
            throw error(start, "an attribute among " + new java.util.TreeSet<>(union()) + ", not '" + key + "'");
        }
        skipSpaces();
        int opAt = pos;
        String op = comparator();
        boolean numeric = kind == Kind.METRIC || NUMERIC_ATTRIBUTES.contains(key);
        if (!(numeric ? NUMERIC_OPS : STRING_OPS).contains(op)) {
            throw error(opAt, "one of " + (numeric ? NUMERIC_OPS : STRING_OPS) + " for " + prefix + "." + key);
        }
        skipSpaces();
        Object value = numeric ? number() : string();
        return new Clause(kind, key, op, value);
    }

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(NUMERIC_ATTRIBUTES);
        all.addAll(STRING_ATTRIBUTES);
        return all;
    }

    private String key() {
        if (pos < text.length() && (text.charAt(pos) == '`' || text.charAt(pos) == '"')) {
            char quote = text.charAt(pos);
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw error(pos, "a closing " + quote);
            }
            String key = text.substring(pos + 1, end);
            pos = end + 1;
            return key;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_.-/".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        if (start == pos) {
            throw error(start, "a key");
        }
        return text.substring(start, pos);
    }

    private String comparator() {
        for (String op : List.of(">=", "<=", "!=", "=", ">", "<")) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        int start = pos;
        String w = word().toUpperCase(Locale.ROOT);
        if (w.equals("LIKE") || w.equals("ILIKE")) {
            return w;
        }
        throw error(start, "a comparator (=, !=, >, >=, <, <=, LIKE, ILIKE)");
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error(start, "a number");
        }
    }

    private String string() {
        if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
            throw error(pos, "a quoted string");
        }
        char quote = text.charAt(pos);
        int end = text.indexOf(quote, pos + 1);
        if (end < 0) {
            throw error(pos, "a closing " + quote);
        }
        String value = text.substring(pos + 1, end);
        pos = end + 1;
        return value;
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expectWord(String expected) {
        int start = pos;
        if (!word().equalsIgnoreCase(expected)) {
            throw error(start, "AND between clauses (MLflow filters join clauses with AND only)");
        }
    }

    private int skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private IllegalArgumentException error(int at, String expected) {
        return new IllegalArgumentException("filter: expected " + expected + " at position " + at + " of '" + text
                + "'");
    }
}
