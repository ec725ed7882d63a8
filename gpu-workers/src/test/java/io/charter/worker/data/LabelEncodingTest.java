package io.charter.worker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.eval.TaskType;
import org.junit.jupiter.api.Test;

class LabelEncodingTest {

    @Test
    void sortsClassesAsStringsLikeScikitLearn() {
        LabelEncoding encoding = LabelEncoding.of(new String[] {"2", "10", " 1", "2"}, "y",
                TaskType.MULTICLASS_CLASSIFICATION, null);

        assertThat(encoding.classes()).containsExactly("1", "10", "2");
        assertThat(encoding.encode(new String[] {"2", "1", "10"}, "y")).containsExactly(2, 0, 1);
        assertThat(encoding.positiveClass()).isNull();
    }

    @Test
    void takesTheLastClassAsPositiveUnlessTheSpecNamesOne() {
        String[] labels = {"yes", "no", "yes"};

        assertThat(LabelEncoding.of(labels, "y", TaskType.BINARY_CLASSIFICATION, null).positiveClass()).isEqualTo("yes");
        assertThat(LabelEncoding.of(labels, "y", TaskType.BINARY_CLASSIFICATION, "no").positiveClass()).isEqualTo("no");
    }

    @Test
    void refusesAPositiveClassThatIsNotALabel() {
        assertThatThrownBy(() -> LabelEncoding.of(new String[] {"0", "1"}, "y", TaskType.BINARY_CLASSIFICATION, "true"))
                .isInstanceOf(BadDataException.class).hasMessageContaining("positiveClass");
    }

    @Test
    void refusesAMissingLabelAndABinaryTaskWithThreeClasses() {
        assertThatThrownBy(() -> LabelEncoding.of(new String[] {"a", ""}, "y", TaskType.MULTICLASS_CLASSIFICATION, null))
                .isInstanceOf(BadDataException.class).hasMessageContaining("row 2");
        assertThatThrownBy(() -> LabelEncoding.of(new String[] {"a", "b", "c"}, "y", TaskType.BINARY_CLASSIFICATION,
                null)).isInstanceOf(BadDataException.class).hasMessageContaining("exactly 2 classes");
    }
}
