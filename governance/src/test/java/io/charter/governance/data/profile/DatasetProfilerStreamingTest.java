package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.column;
import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The profiler streams: a generated file far larger than anything it keeps is profiled without
 * being held, and the result serialises to JSON without NaN. Timing is printed, never asserted.
 */
class DatasetProfilerStreamingTest {

    private static final long MANY_ROWS = 2_000_000;
    private static final List<String> COLORS = List.of("red", "green", "blue", "cyan", "magenta");
    private static final List<String> REGIONS = List.of("north", "south", "east", "west");

    private static String row(long i) {
        long h = (i * 0x9E3779B97F4A7C15L) >>> 40;
        return i + "," + (h % 1000) + "." + (i % 7) + "," + (i % 365) + "," + (i % 10 == 0 ? "" : (h % 97) / 4.0)
                + "," + COLORS.get((int) (i % 5)) + "," + (h % 3 == 0) + ",2024-01-" + (10 + i % 19) + ",note " + i
                + "," + (h % 50 - 25) + "," + (i % 13) * 1.5e3 + "," + REGIONS.get((int) (h % 4)) + ","
                + (h % 10 == 0 ? "yes" : "no") + "\n";
    }

    @Test
    void shouldProfileTwoMillionRowsOfTwelveColumnsFromALazyStream() throws Exception {
        var csv = new ProfileFixtures.GeneratedCsv("id,price,day_of_year,score,color,active,day,note,delta,amount,"
                + "region,churned", MANY_ROWS, DatasetProfilerStreamingTest::row);
        ProfileRequest request = new ProfileRequest(columns("id:ID", "price:NUMERIC", "day_of_year:INTEGER",
                "score:NUMERIC", "color:CATEGORICAL", "active:BOOLEAN", "day:DATETIME", "note:TEXT", "delta:INTEGER",
                "amount:NUMERIC", "region:CATEGORICAL", "churned:BOOLEAN"), ',', "churned",
                List.of(new ProtectedGroupSpec("region", REGIONS)), 0.1, ProfileRequest.DEFAULT_SAMPLE_ROWS);

        long start = System.nanoTime();
        DatasetProfile p = DatasetProfiler.profile(csv, request, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("profiled %,d rows × 12 columns in %.2f s: %,.0f rows/s%n", p.rows(), seconds,
                p.rows() / seconds);

        assertThat(p.rows()).isEqualTo(MANY_ROWS);
        assertThat(p.columns()).hasSize(12).allSatisfy(c -> assertThat(c.count() + c.missing()).isEqualTo(MANY_ROWS));
        assertThat(column(p, "score").missing()).isEqualTo(MANY_ROWS / 10);
        assertThat(column(p, "color").topCategories()).hasSize(5);
        assertThat(p.pearson().columns()).hasSize(5);
        assertThat(p.cramersV().rowsUsed()).isEqualTo(ProfileRequest.DEFAULT_SAMPLE_ROWS);
        assertThat(p.representation()).hasSize(4);
        assertThat(p.target().classes()).hasSize(2);
        assertThat(p.duplicateRowsEstimate()).isLessThan((long) (3 * SketchSettings.ROW_HLL_RSE * MANY_ROWS));
        assertThat(new ObjectMapper().writeValueAsString(p)).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void shouldSerialiseDegenerateColumnsWithoutNaN() throws Exception {
        String csv = "empty,one,flat,label\n,5,x,yes\nNA,,x,yes\n";
        ProfileRequest request = new ProfileRequest(columns("empty:NUMERIC", "one:INTEGER", "flat:CATEGORICAL",
                "label:BOOLEAN"), ',', "label", List.of(new ProtectedGroupSpec("flat", List.of("x", "y"))), 0.1, 10);

        DatasetProfile p = profile(csv, request);
        String json = new ObjectMapper().writeValueAsString(p);

        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity").contains("\"mean\":null");
        assertThat(column(p, "empty").count()).isZero();
        assertThat(column(p, "one").std()).isNull();
        assertThat(column(p, "one").quantiles()).containsEntry("p50", 5.0);
    }
}
