package io.charter.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.tracking.service.RunFilter;
import io.charter.tracking.service.RunFilter.Clause;
import io.charter.tracking.service.RunFilter.Kind;
import io.charter.tracking.service.RunOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MLflow's filter and order_by syntax, parsed as MLflow reads it. */
class RunFilterTest {

    @Test
    void shouldParseEveryKindOfClause() {
        List<Clause> clauses = RunFilter.parse("metrics.rmse < 0.5 and params.model = 'tree' AND "
                + "tags.`team name` != \"risk\" and attributes.status = 'FINISHED' and metric.auc >= 1e-3 "
                + "and params.opt ILIKE '%adam%'");
        assertThat(clauses).containsExactly(
                new Clause(Kind.METRIC, "rmse", "<", 0.5),
                new Clause(Kind.PARAM, "model", "=", "tree"),
                new Clause(Kind.TAG, "team name", "!=", "risk"),
                new Clause(Kind.ATTRIBUTE, "status", "=", "FINISHED"),
                new Clause(Kind.METRIC, "auc", ">=", 0.001),
                new Clause(Kind.PARAM, "opt", "ILIKE", "%adam%"));
        assertThat(RunFilter.parse("  ")).isEmpty();
        assertThat(RunFilter.parse("attributes.start_time > 1700000000000"))
                .containsExactly(new Clause(Kind.ATTRIBUTE, "start_time", ">", 1.7e12));
    }

    @Test
    void shouldSayWhereAFilterIsWrong() {
        assertThatThrownBy(() -> RunFilter.parse("rmse < 1")).hasMessageContaining("position 0")
                .hasMessageContaining("metrics.<key>");
        assertThatThrownBy(() -> RunFilter.parse("metrics.rmse LIKE 'x'")).hasMessageContaining("for metrics.rmse");
        assertThatThrownBy(() -> RunFilter.parse("params.a = 'x' or params.b = 'y'")).hasMessageContaining("AND");
        assertThatThrownBy(() -> RunFilter.parse("params.a = x")).hasMessageContaining("a quoted string");
        assertThatThrownBy(() -> RunFilter.parse("attributes.color = 'red'")).hasMessageContaining("an attribute");
        assertThatThrownBy(() -> RunFilter.parse("metrics.auc > high")).hasMessageContaining("a number");
    }

    @Test
    void shouldParseOrderBy() {
        assertThat(RunOrder.parse(List.of("metrics.auc DESC", "params.lr", "start_time asc")))
                .containsExactly(new RunOrder.Key(Kind.METRIC, "auc", true), new RunOrder.Key(Kind.PARAM, "lr", false),
                        new RunOrder.Key(Kind.ATTRIBUTE, "start_time", false));
        assertThatThrownBy(() -> RunOrder.parse(List.of("metrics.auc SIDEWAYS"))).hasMessageContaining("ASC or DESC");
        assertThatThrownBy(() -> RunOrder.parse(List.of("colour"))).hasMessageContaining("unknown attribute");
    }
}
