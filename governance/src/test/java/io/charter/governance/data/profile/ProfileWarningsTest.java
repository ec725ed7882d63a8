package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each warning kind is raised by a file crafted to cross its threshold, and only then. */
class ProfileWarningsTest {

    private static List<String> kinds(DatasetProfile p, String column) {
        return p.warnings().stream().filter(w -> w.column().equals(column)).map(Warning::kind).toList();
    }

    private static String lines(int count, java.util.function.IntFunction<String> row) {
        return IntStream.range(0, count).mapToObj(row).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void shouldFlagMissingnessAboveTwentyPercentOnly() throws Exception {
        String csv = "a,b\n" + lines(10, i -> (i < 3 ? "" : "1" + i) + "," + (i < 2 ? "NA" : "x" + i % 3));

        DatasetProfile p = profile(csv, ProfileRequest.of(columns("a:INTEGER", "b:CATEGORICAL")));

        assertThat(kinds(p, "a")).containsExactly(Warning.HIGH_MISSINGNESS);
        assertThat(kinds(p, "b")).isEmpty();
        assertThat(p.warnings().get(0).message()).contains("30.0% of values are missing");
    }

    @Test
    void shouldFlagConstantColumnsOfEveryKind() throws Exception {
        String csv = "n,c,ok,varies\n" + lines(30, i -> "5,same,yes," + i);

        DatasetProfile p = profile(csv, ProfileRequest.of(columns("n:NUMERIC", "c:CATEGORICAL", "ok:BOOLEAN",
                "varies:INTEGER")));

        assertThat(kinds(p, "n")).containsExactly(Warning.CONSTANT);
        assertThat(kinds(p, "c")).containsExactly(Warning.CONSTANT);
        assertThat(kinds(p, "ok")).containsExactly(Warning.CONSTANT);
        assertThat(kinds(p, "varies")).isEmpty();
    }

    @Test
    void shouldFlagCategoricalColumnsWithManyLevels() throws Exception {
        String csv = "many,half,few\n" + lines(200, i -> "m" + (i % 60) + ",h" + (i % 101 % 100) + ",f" + i % 4);

        DatasetProfile p = profile(csv, ProfileRequest.of(columns("many:CATEGORICAL", "half:CATEGORICAL",
                "few:CATEGORICAL")));

        assertThat(kinds(p, "many")).containsExactly(Warning.HIGH_CARDINALITY);
        assertThat(kinds(p, "few")).isEmpty();
        String small = "half\n" + lines(10, i -> "h" + i % 6);
        DatasetProfile q = profile(small, ProfileRequest.of(columns("half:CATEGORICAL")));
        assertThat(kinds(q, "half")).containsExactly(Warning.HIGH_CARDINALITY);
    }

    @Test
    void shouldFlagSkewedButNotSymmetricColumns() throws Exception {
        String csv = "income,height\n" + lines(100, i -> (i < 95 ? "1" : "100") + "," + (150 + i % 50));

        DatasetProfile p = profile(csv, ProfileRequest.of(columns("income:INTEGER", "height:INTEGER")));

        assertThat(kinds(p, "income")).containsExactly(Warning.SKEWED);
        assertThat(kinds(p, "height")).isEmpty();
    }

    @Test
    void shouldFlagUnderRepresentedGroupsAndAnImbalancedTarget() throws Exception {
        String csv = "group,label\n" + lines(100, i -> (i < 5 ? "minor" : "major") + "," + (i < 8));
        ProfileRequest request = new ProfileRequest(columns("group:CATEGORICAL", "label:BOOLEAN"), ',', "label",
                List.of(new ProtectedGroupSpec("group", List.of("major", "minor"))), 0.1, 1000);

        DatasetProfile p = profile(csv, request);

        assertThat(kinds(p, "group")).containsExactly(Warning.UNDER_REPRESENTED_GROUP);
        assertThat(p.warnings()).filteredOn(w -> w.column().equals("group")).first()
                .extracting(Warning::message).asString().contains("\"minor\"").contains("5.0%");
        assertThat(kinds(p, "label")).containsExactly(Warning.IMBALANCED_TARGET);
    }

    @Test
    void shouldNotFlagABalancedTargetOrWellRepresentedGroups() throws Exception {
        String csv = "group,label\n" + lines(100, i -> (i % 2 == 0 ? "a" : "b") + "," + (i % 3 == 0));
        ProfileRequest request = new ProfileRequest(columns("group:CATEGORICAL", "label:BOOLEAN"), ',', "label",
                List.of(new ProtectedGroupSpec("group", List.of("a", "b"))), 0.1, 1000);

        assertThat(profile(csv, request).warnings()).isEmpty();
    }
}
