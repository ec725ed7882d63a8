package io.charter.governance.data.validation;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.RowSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small in-memory CSV versions and a shortcut to validate them. */
final class ValidationFixtures {

    private ValidationFixtures() {
    }

    static RowSource csv(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return CsvRows.of(() -> new ByteArrayInputStream(bytes), ',');
    }

    static ValidationReport validate(String csv, ValidationRule... rules) throws IOException {
        return DatasetValidator.validate(csv(csv), List.of(rules), rows -> { });
    }

    /** The single rule's result of validating {@code csv}. */
    static RuleResult result(String csv, ValidationRule rule) throws IOException {
        return validate(csv, rule).results().get(0);
    }

    static FailingExample example(long row, String value) {
        return new FailingExample(row, value);
    }
}
