package io.charter.worker.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.data.split.SplitRole;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleReaderTest {

    @Test
    void readsTheRowsOfOneRoleThroughThePipelineWithTheirRawColumns() throws Exception {
        WorkerDataset data = WorkerDataset.binary(100, 3);
        RoleReader reader = new RoleReader(data.rows(), data.split(), 0, data.pipeline());

        RoleRows train = reader.read(SplitRole.TRAIN, List.of("label", "sex"));

        assertThat(train.size()).isEqualTo(reader.count(SplitRole.TRAIN)).isPositive();
        assertThat(train.rows()).isSorted();
        for (int i = 0; i < train.size(); i++) {
            assertThat(data.split().role(train.rows()[i], 0)).isEqualTo(SplitRole.TRAIN);
            assertThat(train.x()[i]).hasSize(data.pipeline().outputColumns().size());
        }
        assertThat(train.column("sex")).containsOnly("F", "M");
        String[] csvLines = new String(data.csv()).split("\n");
        long first = train.rows()[0];
        assertThat(csvLines[(int) first + 1]).endsWith("," + train.column("label")[0]);
    }

    @Test
    void buildsClassificationSamplesWithLabelsEncodedInSortedOrder() throws Exception {
        WorkerDataset data = WorkerDataset.binary(60, 4);
        RoleRows train = new RoleReader(data.rows(), data.split(), 0, data.pipeline())
                .read(SplitRole.TRAIN, List.of("label"));
        LabelEncoding encoding = LabelEncoding.of(train.column("label"), "label", TaskType.BINARY_CLASSIFICATION, null);

        Samples samples = SampleBuilder.build(train, TaskType.BINARY_CLASSIFICATION, encoding, "label");

        assertThat(encoding.classes()).containsExactly("0", "1");
        assertThat(samples.rows()).isEqualTo(train.size());
        for (int i = 0; i < train.size(); i++) {
            assertThat(encoding.classes().get(samples.classes()[i])).isEqualTo(train.column("label")[i].strip());
        }
    }

    @Test
    void refusesAColumnTheDataDoesNotHave() throws Exception {
        WorkerDataset data = WorkerDataset.binary(40, 5);
        RoleReader reader = new RoleReader(data.rows(), data.split(), 0, data.pipeline());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(SplitRole.TEST, List.of("age")))
                .isInstanceOf(BadDataException.class).hasMessageContaining("\"age\"");
    }

    @Test
    void refusesRegressionTargetsThatAreNotNumbers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SampleBuilder.numbers(new String[] {"1.5", "high"}, "price"))
                .isInstanceOf(BadDataException.class).hasMessageContaining("row 2").hasMessageContaining("high");
    }
}
