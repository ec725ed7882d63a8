package io.charter.governance.data.validation;

/**
 * One thing wrong with a submitted list of rules, for an HTTP 400 that names the field.
 *
 * @param path    the offending field, e.g. {@code rules[2].pattern}
 * @param message what is expected and what was got, e.g.
 *                {@code must be a valid regular expression: Unclosed group near index 3}
 */
public record RuleProblem(String path, String message) {
}
