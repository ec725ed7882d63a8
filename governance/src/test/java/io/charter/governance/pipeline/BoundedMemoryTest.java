package io.charter.governance.pipeline;

import static io.charter.governance.pipeline.PipelineFixtures.fit;
import static io.charter.governance.pipeline.PipelineFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Beyond what the sketches hold exactly: quantiles stay within the KLL rank error, and a column
 * with more categories than are tracked is encoded without failing and says it is incomplete.
 */
class BoundedMemoryTest {

    @Test
    void shouldEstimateTheMedianWithinTheRankErrorBeyondTheExactRange() throws Exception {
        Random random = new Random(17);
        double[] x = new double[5_000];
        StringBuilder csv = new StringBuilder("x\n");
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(random.nextGaussian());
            csv.append(x[i]).append('\n');
        }
        Arrays.sort(x);

        double median = step(fit("{\"steps\": [{\"kind\": \"SCALE\", \"columns\": [\"x\"], \"method\": \"ROBUST\"}]}",
                csv.toString()), 0, FittedScale.class).columns().get(0).center();

        double rank = (double) Math.abs(Arrays.binarySearch(x, median)) / x.length;
        assertThat(x.length).isGreaterThan(Quantiles.EXACT_UP_TO);
        assertThat(rank).isCloseTo(0.5, within(Quantiles.RANK_ERROR + 1.0 / x.length));
    }

    @Test
    void shouldEncodeAColumnWithMoreCategoriesThanAreTracked() throws Exception {
        int distinct = PipelineSpecs.TRACKED_CATEGORIES + 1_000;
        StringBuilder csv = new StringBuilder("c,k,y\n");
        for (int i = 0; i < distinct; i++) {
            csv.append(i < 10 ? "common" : "c" + i).append(',').append("k").append(i).append(',').append(i % 2)
                    .append('\n');
        }

        FittedPipeline fitted = fit("""
                {"steps": [{"kind": "ONE_HOT", "columns": ["c"], "maxCategories": 5, "handleUnknown": "ERROR"},
                           {"kind": "TARGET_ENCODE", "columns": ["k"], "target": "y"}]}""",
                csv.toString(), row -> true, "y");
        FittedOneHot.Indicators c = step(fitted, 0, FittedOneHot.class).columns().get(0);
        FittedTargetEncode.Encoding k = step(fitted, 1, FittedTargetEncode.class).columns().get(0);

        assertThat(c.categories()).hasSize(5).startsWith("common");
        assertThat(c.other()).isEmpty();
        assertThat(c.otherComplete()).isFalse();
        assertThat(fitted.outputColumns()).hasSize(7).contains("c=__other__");
        assertThat(fitted.transform(new String[] {"never-seen", "k3"})).startsWith(0, 0, 0, 0, 0, 1);
        assertThat(k.complete()).isFalse();
        assertThat(k.levels()).hasSize(PipelineSpecs.TRACKED_CATEGORIES);
        assertThat(fitted.transform(new String[] {"common", "k" + (distinct - 1)})[6])
                .isEqualTo(step(fitted, 1, FittedTargetEncode.class).prior());
    }

    @Test
    void shouldListAtMostAThousandRarerCategories() throws Exception {
        StringBuilder csv = new StringBuilder("c\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append(i < 3 ? "common" : "c" + i).append('\n');
        }

        FittedOneHot.Indicators c = step(fit("{\"steps\": [{\"kind\": \"ONE_HOT\", \"columns\": [\"c\"], "
                + "\"maxCategories\": 1, \"handleUnknown\": \"ERROR\"}]}", csv.toString()), 0, FittedOneHot.class)
                .columns().get(0);

        assertThat(c.categories()).containsExactly("common");
        assertThat(c.other()).hasSize(PipelineSpecs.LISTED_OTHER_CATEGORIES).startsWith("c10", "c100", "c1000");
        assertThat(c.otherComplete()).isFalse();
    }
}
