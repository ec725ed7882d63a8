package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Target balance and representation of declared protected groups, exact counts and rates. */
class TargetAndRepresentationTest {

    /** 10 rows: 6 female (3 approved), 3 male (2 approved), 1 missing sex; one missing target. */
    private static final String LOANS = """
            sex,approved,grade,amount
            female,yes,A,100
            female,no,B,200
            female,yes,A,150
            female,no,C,120
            female,yes,A,110
            female,,B,130
            male,yes,A,300
            male,no,B,310
            male,true,A,320
            ,no,A,90
            """;

    private static ProfileRequest request(String target, double minGroupShare) {
        return new ProfileRequest(columns("sex:CATEGORICAL", "approved:BOOLEAN", "grade:CATEGORICAL",
                "amount:INTEGER"), ',', target,
                List.of(new ProtectedGroupSpec("sex", List.of("female", "male", "nonbinary"))), minGroupShare, 1000);
    }

    @Test
    void shouldReportEveryDeclaredGroupWithExactShareAndPositiveRateOfABooleanTarget() throws Exception {
        List<GroupRepresentation> groups = profile(LOANS, request("approved", 0.2)).representation();

        assertThat(groups).extracting(GroupRepresentation::group).containsExactly("female", "male", "nonbinary");
        assertThat(groups.get(0).count()).isEqualTo(6);
        assertThat(groups.get(0).share()).isCloseTo(6 / 9.0, within(1e-15));
        assertThat(groups.get(0).targetRate()).isCloseTo(3 / 5.0, within(1e-15));
        assertThat(groups.get(1).targetRate()).isCloseTo(2 / 3.0, within(1e-15));
        assertThat(groups.get(0).positiveClass()).isEqualTo("true");
        assertThat(groups.get(2)).isEqualTo(new GroupRepresentation("sex", "nonbinary", 0, 0.0, "true", null, true));
        assertThat(groups).extracting(GroupRepresentation::underRepresented).containsExactly(false, false, true);
    }

    @Test
    void shouldGiveBooleanTargetBothClassesAndTrueAsPositive() throws Exception {
        TargetBalance target = profile(LOANS, request("approved", 0.1)).target();

        assertThat(target.classes()).containsExactly(new CategoryCount("true", 5, 5 / 9.0),
                new CategoryCount("false", 4, 4 / 9.0));
        assertThat(target.positiveClass()).isEqualTo("true");
        assertThat(target.positiveShare()).isCloseTo(5 / 9.0, within(1e-15));
        assertThat(target.quantiles()).isNull();
    }

    @Test
    void shouldUseTheMinorityClassOfACategoricalTarget() throws Exception {
        DatasetProfile p = profile(LOANS, request("grade", 0.1));

        assertThat(p.target().positiveClass()).isEqualTo("C");
        assertThat(p.target().classes()).extracting(CategoryCount::value).containsExactly("A", "B", "C");
        assertThat(p.representation().get(0).positiveClass()).isEqualTo("C");
        assertThat(p.representation().get(0).targetRate()).isCloseTo(1 / 6.0, within(1e-15));
        assertThat(p.representation().get(1).targetRate()).isZero();
    }

    @Test
    void shouldTreatAZeroOneIntegerTargetAsABinaryLabel() throws Exception {
        String csv = "label,x\n1,a\n0,b\n+1,a\n0,a\n";

        TargetBalance target = profile(csv, new ProfileRequest(columns("label:INTEGER", "x:CATEGORICAL"), ',',
                "label", List.of(), 0.1, 10)).target();

        assertThat(target.classes()).containsExactly(new CategoryCount("0", 2, 0.5), new CategoryCount("1", 2, 0.5));
        assertThat(target.positiveClass()).isEqualTo("1");
    }

    @Test
    void shouldGiveANumericTargetQuantilesAndNoRates() throws Exception {
        DatasetProfile p = profile(LOANS, request("amount", 0.1));

        assertThat(p.target().classes()).isNull();
        assertThat(p.target().positiveClass()).isNull();
        assertThat(p.target().quantiles()).containsEntry("p50", 130.0);
        assertThat(p.representation()).allSatisfy(g -> assertThat(g.targetRate()).isNull());
    }

    @Test
    void shouldMatchBooleanProtectedGroupsWrittenAsYesOrNo() throws Exception {
        ProfileRequest request = new ProfileRequest(columns("sex:CATEGORICAL", "approved:BOOLEAN", "grade:CATEGORICAL",
                "amount:INTEGER"), ',', null, List.of(new ProtectedGroupSpec("approved", List.of("Yes", "no"))), 0.1,
                1000);

        List<GroupRepresentation> groups = profile(LOANS, request).representation();

        assertThat(groups).extracting(GroupRepresentation::count).containsExactly(5L, 4L);
        assertThat(groups).extracting(GroupRepresentation::group).containsExactly("Yes", "no");
        assertThat(groups.get(0).positiveClass()).isNull();
    }
}
