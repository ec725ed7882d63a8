package io.charter.governance.data;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.charter.governance.data.CsvFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/** Which {@link ColumnType} a column of given values is inferred as, and what is counted as missing. */
class CsvScannerTypeInferenceTest {

    @Test
    void shouldInferBooleanFromTrueFalseYesNoInAnyCase() throws Exception {
        assertThat(typeOf("flag", "true", "FALSE", "Yes", "no")).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void shouldInferZeroOneColumnAsIntegerNotBoolean() throws Exception {
        assertThat(typeOf("flag", "0", "1", "1", "0")).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void shouldInferIntegerWithSignsSurroundingSpacesAndMissingValues() throws Exception {
        assertThat(typeOf("n", "-3", "+4", " 5 ", "", "NA", "9223372036854775807")).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void shouldInferNumericWhenIntegerOverflowsLong() throws Exception {
        assertThat(typeOf("n", "1", "9223372036854775808")).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void shouldInferNumericFromIntegersMixedWithDecimalsAndScientificNotation() throws Exception {
        assertThat(typeOf("x", "1", "2.5", "-.5", "3.", "1e-3", "6.02E+23")).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void shouldNotTreatNanOrInfinityAsNumericOrMissing() throws Exception {
        ColumnSummary withNan = summaryOf("x", "1.5", "NaN", "2.5");
        ColumnSummary withInfinity = summaryOf("x", "1.5", "Infinity", "-Infinity");

        assertThat(withNan.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(withNan.missing()).isZero();
        assertThat(withInfinity.type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void shouldNotTreatJavaFloatSuffixOrHexAsNumeric() throws Exception {
        assertThat(typeOf("x", "1.5", "2d")).isNotEqualTo(ColumnType.NUMERIC);
        assertThat(typeOf("x", "1.5", "0x1p3")).isNotEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void shouldInferDatetimeFromIsoDatesAndDateTimesInEveryAcceptedForm() throws Exception {
        assertThat(typeOf("t", "2024-02-29", "2024-03-01T10:15", "2024-03-01 10:15:30", "2024-03-01T10:15:30.123",
                "2024-03-01T10:15:30Z", "2024-03-01T10:15:30+01:00", "2024-03-01 10:15:30.5-0530"))
                .isEqualTo(ColumnType.DATETIME);
    }

    @Test
    void shouldNotInferDatetimeWhenAnyDateIsImpossible() throws Exception {
        assertThat(typeOf("t", "2024-02-28", "2023-02-29")).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void shouldNotInferDatetimeFromNonIsoDates() throws Exception {
        assertThat(typeOf("t", "2024-03-01", "03/01/2024")).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void shouldInferIdForDistinctStringsUnderIdLikeName() throws Exception {
        for (String name : List.of("id", "ID", "user_id", "orderId", "customerID", "uuid", "key")) {
            assertThat(typeOf(name, distinct("u", 21))).as(name).isEqualTo(ColumnType.ID);
        }
    }

    @Test
    void shouldNotInferIdForNameThatOnlyEndsInLowercaseId() throws Exception {
        assertThat(typeOf("paid", distinct("u", 21))).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void shouldNotInferIdFromTwentyValuesOrFewer() throws Exception {
        assertThat(typeOf("id", distinct("u", 20))).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void shouldNotInferIdWhenAnyValueRepeats() throws Exception {
        String[] values = Stream.concat(Stream.of(distinct("u", 30)), Stream.of("u1")).toArray(String[]::new);

        assertThat(typeOf("id", values)).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void shouldInferIdForDistinctUuidsWhateverTheColumnName() throws Exception {
        String[] uuids = IntStream.range(0, 25)
                .mapToObj(i -> String.format("123e4567-e89b-12d3-a456-%012x", i)).toArray(String[]::new);

        assertThat(typeOf("reference", uuids)).isEqualTo(ColumnType.ID);
    }

    @Test
    void shouldInferIdForDistinctIntegersUnderIdLikeName() throws Exception {
        String[] ids = IntStream.range(0, 25).mapToObj(i -> Integer.toString(1000 - i * 7)).toArray(String[]::new);

        assertThat(typeOf("customer_id", ids)).isEqualTo(ColumnType.ID);
        assertThat(typeOf("amount", ids)).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void shouldKeepRepeatedIntegersUnderIdLikeNameInteger() throws Exception {
        String[] ids = IntStream.range(0, 25).mapToObj(i -> Integer.toString(i % 10)).toArray(String[]::new);

        assertThat(typeOf("store_id", ids)).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void shouldInferCategoricalUpToFivePercentDistinctValues() throws Exception {
        assertThat(typeOf("c", cycle(50, 1000))).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf("c", cycle(51, 1000))).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void shouldInferCategoricalUpToTwentyDistinctValuesInSmallFiles() throws Exception {
        assertThat(typeOf("c", cycle(20, 40))).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf("c", cycle(21, 42))).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void shouldReportAllMissingColumnAsTextWithNoValues() throws Exception {
        ColumnSummary summary = summaryOf("empty", "", "NA", "null");

        assertThat(summary).isEqualTo(new ColumnSummary("empty", ColumnType.TEXT, 0, 3, false, 0));
    }

    @Test
    void shouldCountExactlyTheDocumentedSpellingsAsMissing() throws Exception {
        List<String> missing = List.of("", " ", "NA", "na", "N/A", "n/a", "null", "NULL", "Null", " None ");
        List<String> present = List.of("none", "Na", "NaN", "nil", "-");
        String[] values = Stream.concat(missing.stream(), present.stream()).toArray(String[]::new);

        ColumnSummary summary = summaryOf("answer", values);

        assertThat(summary.missing()).isEqualTo(missing.size());
        assertThat(summary.nonMissing()).isEqualTo(present.size());
    }

    @Test
    void shouldCountDistinctValuesAfterTrimming() throws Exception {
        assertThat(summaryOf("c", "a", " a", "a ", "b").distinct()).isEqualTo(2);
    }

    @Test
    void shouldCapDistinctCountAndFallBackToText() throws Exception {
        ColumnSummary summary = summaryOf("id", distinct("v", ColumnSummary.DISTINCT_CAP + 1));

        assertThat(summary.distinctCapped()).isTrue();
        assertThat(summary.distinct()).isEqualTo(ColumnSummary.DISTINCT_CAP);
        assertThat(summary.type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void shouldCountDistinctExactlyAtTheCap() throws Exception {
        ColumnSummary summary = summaryOf("id", distinct("v", ColumnSummary.DISTINCT_CAP));

        assertThat(summary.distinctCapped()).isFalse();
        assertThat(summary.distinct()).isEqualTo(ColumnSummary.DISTINCT_CAP);
        assertThat(summary.type()).isEqualTo(ColumnType.ID);
    }

    private static ColumnType typeOf(String name, String... values) throws Exception {
        return summaryOf(name, values).type();
    }

    private static ColumnSummary summaryOf(String name, String... values) throws Exception {
        // a second column keeps blank values from being read as blank lines
        String rows = Stream.of(values).map(v -> v + ",x\n").collect(Collectors.joining());
        return scan(name + ",other\n" + rows).columns().get(0);
    }

    private static String[] distinct(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toArray(String[]::new);
    }

    /** {@code rows} values cycling through {@code levels} labels. */
    private static String[] cycle(int levels, int rows) {
        return IntStream.range(0, rows).mapToObj(i -> "level" + (i % levels)).toArray(String[]::new);
    }
}
