package io.charter.governance.pipeline;

import static io.charter.governance.pipeline.PipelineFixtures.fit;
import static io.charter.governance.pipeline.PipelineFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The maximum-likelihood λ on data whose λ is known, and the bounded sample it is fitted on. */
class BoxCoxTest {

    @Test
    void shouldFindLambdaNearZeroForLognormalData() {
        Random random = new Random(5);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(3 + 0.7 * random.nextGaussian());
        }

        assertThat(BoxCox.lambda(x, x.length)).isCloseTo(0, within(0.03));
    }

    @Test
    void shouldFindTheLambdaThatMakesTheDataNormal() {
        Random random = new Random(9);
        double[] x = new double[20_000];
        for (int i = 0; i < x.length; i++) {
            // the inverse transform of a normal with λ = 0.5: (1 + λ·y)^(1/λ), y ~ N(10, 1)
            x[i] = Math.pow(1 + 0.5 * (10 + random.nextGaussian()), 2);
        }

        assertThat(BoxCox.lambda(x, x.length)).isCloseTo(0.5, within(0.05));
    }

    @Test
    void shouldGiveLambdaOneForAConstantColumn() {
        assertThat(BoxCox.lambda(new double[] {3, 3, 3}, 3)).isEqualTo(1);
    }

    @Test
    void shouldFitOnABoundedSampleAndSayHowLarge() throws Exception {
        Random random = new Random(1);
        int rows = PipelineSpecs.BOX_COX_SAMPLE + 20_000;
        StringBuilder csv = new StringBuilder("x\n");
        for (int i = 0; i < rows; i++) {
            csv.append((float) Math.exp(random.nextGaussian())).append('\n');
        }

        FittedBoxCox.Lambda lambda = step(fit("{\"steps\": [{\"kind\": \"BOX_COX\", \"columns\": [\"x\"]}]}",
                csv.toString()), 0, FittedBoxCox.class).columns().get(0);

        assertThat(lambda.trainValues()).isEqualTo(rows);
        assertThat(lambda.sampleSize()).isEqualTo(PipelineSpecs.BOX_COX_SAMPLE);
        assertThat(lambda.lambda()).isCloseTo(0, within(0.03));
    }

    @Test
    void shouldTransformByThePowerOrTheLog() {
        assertThat(BoxCox.transform(4, 0.5)).isEqualTo(2);
        assertThat(BoxCox.transform(Math.E, 0)).isEqualTo(1);
        assertThat(BoxCox.transform(-1, 0.5)).isNaN();
    }
}
