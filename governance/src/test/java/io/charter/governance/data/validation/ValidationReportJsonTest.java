package io.charter.governance.data.validation;

import static io.charter.governance.data.validation.ValidationFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.governance.data.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server stores rules and reports as JSON and reads them back: both survive the round trip. */
class ValidationReportJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadBackAStoredReportWithEveryKindOfResult() throws Exception {
        ValidationReport report = validate("id,age,sex\n1,34,f\n1,NA,x\n3,200,m\n", ValidationRule.notNull("age"),
                ValidationRule.range("age", 0.0, 120.0), ValidationRule.allowedValues("sex", List.of("f", "m")),
                ValidationRule.regex("sex", "[fm]"), ValidationRule.unique("id"), ValidationRule.rowCount(1.0, 2.0),
                ValidationRule.maxMissingPct("age", 10), ValidationRule.type("age", ColumnType.INTEGER),
                ValidationRule.notNull("gone"));

        String json = mapper.writeValueAsString(report);

        assertThat(mapper.readValue(json, ValidationReport.class)).isEqualTo(report);
        assertThat(json).doesNotContain("NaN").contains("\"rows\":3,\"passed\":false")
                .contains("\"rule\":{\"kind\":\"RANGE\",\"column\":\"age\",\"min\":0.0,\"max\":120.0,\"values\":null,"
                        + "\"pattern\":null,\"type\":null},\"passed\":false,\"evaluated\":2,\"failing\":1,"
                        + "\"observed\":null,\"examples\":[{\"row\":3,\"value\":\"200\"}],"
                        + "\"message\":\"1 of 2 values is outside [0, 120]\"");
    }

    @Test
    void shouldReadRulesFromTheJsonAUserSubmits() throws Exception {
        String json = """
                [{"kind":"ALLOWED_VALUES","column":"sex","values":["f","m"]},
                 {"kind":"ROW_COUNT","min":100},
                 {"kind":"TYPE","column":"day","type":"DATETIME"}]""";

        List<ValidationRule> rules = mapper.readValue(json, new TypeReference<>() { });

        assertThat(rules).containsExactly(ValidationRule.allowedValues("sex", List.of("f", "m")),
                ValidationRule.rowCount(100.0, null), ValidationRule.type("day", ColumnType.DATETIME));
        assertThat(mapper.readValue(mapper.writeValueAsString(rules), new TypeReference<List<ValidationRule>>() { }))
                .isEqualTo(rules);
    }
}
