package io.charter.governance.data.validation;

import static io.charter.governance.data.validation.ValidationFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.data.RowHandler;
import io.charter.governance.data.RowSource;
import io.charter.governance.data.Values;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validation reads a version once, reports progress, and counts UNIQUE repeats exactly on a larger version. */
class ValidationStreamingTest {

    /** Generated rows, counting how often it is read. */
    private static final class GeneratedRows implements RowSource {
        private final long rows;
        private int passes;

        GeneratedRows(long rows) {
            this.rows = rows;
        }

        @Override
        public List<String> header() {
            return List.of("id", "score");
        }

        @Override
        public void forEach(RowHandler handler) throws IOException {
            passes++;
            for (long r = 0; r < rows; r++) {
                handler.accept(r, new String[] {Long.toString(r), r % 4 == 0 ? "NA" : Long.toString(r % 100)});
            }
        }
    }

    @Test
    void shouldReadTheRowsOnceAndReportProgressEveryTenThousandRowsAndAtTheEnd() throws Exception {
        GeneratedRows source = new GeneratedRows(25_000);
        List<Long> progress = new ArrayList<>();

        ValidationReport report = DatasetValidator.validate(source, List.of(ValidationRule.unique("id"),
                ValidationRule.range("score", 0.0, 98.0), ValidationRule.maxMissingPct("score", 25),
                ValidationRule.rowCount(25_000.0, 25_000.0)), progress::add);

        assertThat(source.passes).isEqualTo(1);
        assertThat(progress).containsExactly(10_000L, 20_000L, 25_000L);
        assertThat(report.rows()).isEqualTo(25_000);
        assertThat(report.results()).extracting(RuleResult::passed).containsExactly(true, false, true, true);
        assertThat(report.results().get(1).failing()).isEqualTo(250);
        assertThat(report.results().get(1).examples()).extracting(FailingExample::row)
                .containsExactly(100L, 200L, 300L, 400L, 500L);
        assertThat(report.results().get(2).observed()).isEqualTo(25.0);
    }

    @Test
    void shouldCountUniqueRepeatsOfTwoHundredThousandRowsLikeAHashSet() throws Exception {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("id,key\n");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String key = random.nextInt(100) == 0 ? "NA" : "k" + random.nextInt(150_000);
            keys.add(key);
            text.append(i).append(',').append(key).append('\n');
        }
        long present = 0;
        List<FailingExample> repeats = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (Values.clean(keys.get(i)) != null) {
                present++;
                if (!seen.add(keys.get(i)) && repeats.size() < DatasetValidator.MAX_EXAMPLES) {
                    repeats.add(new FailingExample(i + 1, keys.get(i)));
                }
            }
        }

        ValidationReport report = DatasetValidator.validate(csv(text.toString()),
                List.of(ValidationRule.unique("key"), ValidationRule.unique("id")), rows -> { });

        RuleResult key = report.results().get(0);
        assertThat(key.evaluated()).isEqualTo(present);
        assertThat(key.failing()).isEqualTo(present - seen.size()).isPositive();
        assertThat(key.examples()).isEqualTo(repeats);
        assertThat(report.results().get(1).passed()).isTrue();
        assertThat(report.results().get(1).evaluated()).isEqualTo(200_000);
    }
}
