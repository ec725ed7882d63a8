package io.charter.scheduler.tuning.space;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class SearchSpaceTest {

    private static final String SVM = """
            {"gamma": {"type": "float", "low": 0.01, "high": 10, "condition": {"param": "kernel", "in": ["rbf"]}},
             "lr": {"type": "float", "low": 1e-4, "high": 1e-1, "log": true},
             "layers": {"type": "int", "low": 1, "high": 4},
             "kernel": {"type": "categorical", "choices": ["rbf", "linear"]}}
            """;

    @Test
    void shouldParseTheJsonShapeWithParentsBeforeChildren() {
        SearchSpace space = SearchSpace.fromJson(SVM);

        assertThat(space.params()).extracting(ParamSpec::name).containsExactly("lr", "layers", "kernel", "gamma");
        assertThat(space.get("lr")).isEqualTo(new FloatParam("lr", 1e-4, 1e-1, true, null, null));
        assertThat(space.get("layers")).isEqualTo(IntParam.range("layers", 1, 4));
        assertThat(space.get("kernel")).isEqualTo(CategoricalParam.of("kernel", "rbf", "linear"));
        assertThat(space.get("gamma").condition()).isEqualTo(new Condition("kernel", List.of("rbf")));
    }

    @Test
    void shouldRoundTripThroughItsJsonMap() {
        SearchSpace space = SearchSpace.fromJson(SVM);
        assertThat(SearchSpace.parse(space.toJsonMap())).isEqualTo(space);
    }

    @Test
    void shouldActivateAConditionalParameterOnlyUnderItsParentsValues() {
        SearchSpace space = SearchSpace.fromJson(SVM);
        ParamSpec gamma = space.get("gamma");

        assertThat(space.isActive(gamma, Map.of("kernel", "rbf"))).isTrue();
        assertThat(space.isActive(gamma, Map.of("kernel", "linear"))).isFalse();
        assertThat(space.isActive(gamma, Map.of())).isFalse();
    }

    @Test
    void shouldDeactivateAGrandchildWhenItsParentIsInactive() {
        SearchSpace space = SearchSpace.of(CategoricalParam.of("opt", "sgd", "adam"),
                CategoricalParam.of("nesterov", true, false).when("opt", "sgd"),
                FloatParam.uniform("momentum", 0, 1).when("nesterov", true));

        assertThat(space.activeNames(Map.of("opt", "adam", "nesterov", true))).containsExactly("opt");
        assertThat(space.activeNames(Map.of("opt", "sgd", "nesterov", true))).containsExactly("opt", "nesterov", "momentum");
    }

    @Test
    void shouldCompareConditionValuesAsNumbers() {
        SearchSpace space = SearchSpace.of(IntParam.range("layers", 1, 3), IntParam.range("w2", 1, 9).when("layers", 2.0, 3));
        assertThat(space.isActive(space.get("w2"), Map.of("layers", 2))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"lr\": {\"type\": \"float\", \"low\": 5.0, \"high\": 1.0}}|lr|low must be <= high, but got low=5.0, high=1.0",
        "{\"lr\": {\"type\": \"float\", \"low\": 0, \"high\": 1, \"log\": true}}|lr|low must be > 0 when log is true, but got low=0.0",
        "{\"n\": {\"type\": \"int\", \"low\": 0, \"high\": 8, \"log\": true}}|n|low must be >= 1 when log is true, but got low=0",
        "{\"k\": {\"type\": \"categorical\", \"choices\": []}}|k|choices must not be empty, but got []",
        "{\"x\": {\"type\": \"double\", \"low\": 0, \"high\": 1}}|x|type must be one of float, int, categorical, but got double",
        "{\"x\": {\"low\": 0, \"high\": 1}}|x|type must be one of float, int, categorical, but got null",
        "{\"x\": {\"type\": \"float\", \"low\": 0, \"high\": 1, \"step\": 0}}|x|step must be > 0, but got step=0.0",
        "{\"n\": {\"type\": \"int\", \"low\": 0, \"high\": 8, \"step\": -2}}|n|step must be > 0, but got step=-2",
        "{\"x\": {\"type\": \"float\", \"low\": 1, \"high\": 9, \"log\": true, \"step\": 1}}|x|step must not be set when log is true, but got step=1.0",
        "{\"n\": {\"type\": \"int\", \"low\": 1, \"high\": 9, \"log\": true, \"step\": 2}}|n|step must be 1 when log is true, but got step=2",
        "{\"x\": {\"type\": \"float\", \"high\": 1}}|x|low must be given, but got none",
        "{\"x\": {\"type\": \"float\", \"low\": 1}}|x|high must be given, but got none",
        "{\"x\": {\"type\": \"float\", \"low\": \"a\", \"high\": 1}}|x|low must be a number, but got a",
        "{\"x\": {\"type\": \"float\", \"low\": 0, \"high\": 1, \"lgo\": true}}|x|keys must be among [type, low, high, log, step, condition], but got 'lgo'",
        "{\"g\": {\"type\": \"float\", \"low\": 0, \"high\": 1, \"condition\": {\"param\": \"kernel\", \"in\": [\"rbf\"]}}}|g|condition must refer to a parameter of the space [g], but got 'kernel'",
        "{\"g\": {\"type\": \"int\", \"low\": 0, \"high\": 1, \"condition\": {\"param\": \"g\", \"in\": [1]}}}|g|condition must refer to another parameter, but got itself",
        "{\"k\": {\"type\": \"categorical\", \"choices\": [\"a\"]}, \"g\": {\"type\": \"int\", \"low\": 0, \"high\": 1, \"condition\": {\"param\": \"k\", \"in\": [\"b\"]}}}|g|condition.in must hold values of 'k', but got b",
        "{\"k\": {\"type\": \"categorical\", \"choices\": [\"a\", \"a\"]}}|k|choices must be distinct, but got a twice",
    })
    void shouldNameTheParameterAtFault(String json, String parameter, String message) {
        assertThatThrownBy(() -> SearchSpace.fromJson(json))
                .asInstanceOf(type(SearchSpaceException.class))
                .satisfies(e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.getMessage()).isEqualTo(parameter + ": " + message);
                });
    }

    @Test
    void shouldReportACycleOfConditions() {
        String json = """
                {"a": {"type": "int", "low": 0, "high": 1, "condition": {"param": "b", "in": [1]}},
                 "b": {"type": "int", "low": 0, "high": 1, "condition": {"param": "c", "in": [1]}},
                 "c": {"type": "int", "low": 0, "high": 1, "condition": {"param": "a", "in": [1]}},
                 "d": {"type": "int", "low": 0, "high": 1}}
                """;
        assertThatThrownBy(() -> SearchSpace.fromJson(json))
                .asInstanceOf(type(SearchSpaceException.class))
                .satisfies(e -> {
                    assertThat(e.parameter()).isEqualTo("a");
                    assertThat(e.getMessage()).isEqualTo("a: conditions must not form a cycle, but got a → b → c → a");
                });
    }

    @Test
    void shouldRefuseAnEmptySpaceAndDuplicateNames() {
        assertThatThrownBy(() -> SearchSpace.fromJson("{}")).hasMessageContaining("at least one parameter");
        assertThatThrownBy(() -> SearchSpace.of(IntParam.range("n", 0, 1), IntParam.range("n", 0, 2)))
                .asInstanceOf(type(SearchSpaceException.class))
                .extracting(SearchSpaceException::parameter).isEqualTo("n");
    }

    @Test
    void shouldLowerHighToTheLastGridPointAsOptunaDoes() {
        assertThat(FloatParam.stepped("x", 0, 1, 0.3).high()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(IntParam.stepped("n", 1, 10, 4).high()).isEqualTo(9);
    }

    @Test
    void shouldCheckACompleteAssignment() {
        SearchSpace space = SearchSpace.fromJson(SVM);
        space.check(Map.of("lr", 0.01, "layers", 2, "kernel", "rbf", "gamma", 1.0));

        assertThatThrownBy(() -> space.check(Map.of("lr", 0.01, "layers", 2, "kernel", "linear", "gamma", 1.0)))
                .asInstanceOf(type(SearchSpaceException.class)).extracting(SearchSpaceException::parameter).isEqualTo("gamma");
        assertThatThrownBy(() -> space.check(Map.of("lr", 0.01, "layers", 2, "kernel", "rbf")))
                .asInstanceOf(type(SearchSpaceException.class)).extracting(SearchSpaceException::parameter).isEqualTo("gamma");
        assertThatThrownBy(() -> space.check(Map.of("lr", 0.5, "layers", 2, "kernel", "linear")))
                .asInstanceOf(type(SearchSpaceException.class)).extracting(SearchSpaceException::parameter).isEqualTo("lr");
    }
}
