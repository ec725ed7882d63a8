package io.charter.governance.data.validation;

import java.util.List;

/**
 * The outcome of a dataset's rules on one version, as stored with the version and shown to users.
 *
 * @param rows    data rows read (header excluded)
 * @param passed  true if every rule passed (also when there are no rules)
 * @param results one result per rule, in the order the rules were given
 */
public record ValidationReport(long rows, boolean passed, List<RuleResult> results) {

    public ValidationReport {
        results = List.copyOf(results);
    }
}
