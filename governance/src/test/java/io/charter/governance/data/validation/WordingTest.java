package io.charter.governance.data.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Numbers, bounds and user text in messages read as a person would write them. */
class WordingTest {

    @Test
    void shouldWriteBoundsWithoutTrailingZerosOrSeparators() {
        assertThat(Wording.number(120.0)).isEqualTo("120");
        assertThat(Wording.number(-3.0)).isEqualTo("-3");
        assertThat(Wording.number(0.1)).isEqualTo("0.1");
        assertThat(Wording.number(1e20)).isEqualTo("1.0E20");
        assertThat(Wording.number(2.5e-9)).isEqualTo("2.5E-9");
        assertThat(Wording.bounds(1000.0, 20000.0)).isEqualTo("[1000, 20000]");
        assertThat(Wording.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Wording.percent(100.0 / 3)).isEqualTo("33.3333");
    }

    @Test
    void shouldListAFewColumnsAndCountTheRest() {
        List<String> header = IntStream.range(0, 12).mapToObj(i -> "c" + i).toList();

        assertThat(Wording.columns(header)).endsWith("\"c9\" and 2 more").startsWith("\"c0\", \"c1\"");
        assertThat(Wording.columns(List.of())).isEqualTo("none");
    }

    @Test
    void shouldNeverCutAnExampleInsideASurrogatePair() {
        String value = "x".repeat(198) + "😀" + "tail";

        String cut = FailingExample.cut(value);

        assertThat(cut).isEqualTo("x".repeat(198) + "…");
        assertThat(FailingExample.cut("short")).isEqualTo("short");
    }
}
