package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.group;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.stratifiedKFold;
import static io.charter.governance.data.split.SplitFixtures.walkForward;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.charter.governance.data.split.SplitFixtures.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Specs arrive as JSON; specs, summaries and problems are stored and returned as JSON. */
class SplitJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadASpecThatLeavesUnusedFieldsOut() throws Exception {
        SplitSpec spec = mapper.readValue("{\"method\":\"KFOLD\",\"testRatio\":0.2,\"folds\":5,\"seed\":7}",
                SplitSpec.class);

        assertThat(spec).isEqualTo(new SplitSpec(SplitMethod.KFOLD, null, null, 0.2, 7L, 5, null, null, null));
        assertThat(mapper.readValue(mapper.writeValueAsString(spec), SplitSpec.class)).isEqualTo(spec);
    }

    @Test
    void shouldReadBackStoredSummariesOfEveryKind() throws Exception {
        Table table = customers(3_000, 1);
        for (SplitSpec spec : List.of(stratifiedKFold(0.2, 3, 1, "label"), walkForward(0.2, 3, "day"),
                group(0.6, 0.2, 0.2, 1, "user"))) {
            SplitSummary summary = plan(table, spec).summary();

            String json = mapper.writeValueAsString(summary);

            assertThat(mapper.readValue(json, SplitSummary.class)).isEqualTo(summary);
            assertThat(json).doesNotContain("NaN");
        }
    }

    @Test
    void shouldWriteAProblemAsPathAndMessage() throws Exception {
        assertThat(mapper.writeValueAsString(new SpecProblem("folds", "must be between 2 and 20, but is 1")))
                .isEqualTo("{\"path\":\"folds\",\"message\":\"must be between 2 and 20, but is 1\"}");
    }
}
