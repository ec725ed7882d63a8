package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.HEADER;
import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.group;
import static io.charter.governance.data.split.SplitFixtures.groupKFold;
import static io.charter.governance.data.split.SplitFixtures.holdout;
import static io.charter.governance.data.split.SplitFixtures.kFold;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.stratified;
import static io.charter.governance.data.split.SplitFixtures.stratifiedKFold;
import static io.charter.governance.data.split.SplitFixtures.time;
import static io.charter.governance.data.split.SplitFixtures.walkForward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A spec's mistakes come back all at once, each with the field it concerns and expected vs got. */
class SplitSpecsTest {

    @Test
    void shouldAcceptAValidSpecOfEveryMethod() {
        for (SplitSpec spec : List.of(holdout(0.7, 0.15, 0.15, 1), stratified(0.6, 0.2, 0.2, 1, "label"),
                kFold(0.2, 5, 1), stratifiedKFold(0.1, 10, 1, " label "), time(0.8, 0, 0.2, "day"),
                walkForward(0.1, 4, "t"), group(0.7, 0.1, 0.2, 1, "user"), groupKFold(0.2, 3, 1, "user"))) {
            assertThat(SplitSpecs.check(spec, HEADER)).as(spec.toString()).isEmpty();
        }
    }

    @Test
    void shouldNameTheMissingMethod() {
        SplitSpec spec = new SplitSpec(null, null, null, 0.2, null, null, null, null, null);

        assertThat(SplitSpecs.check(spec, HEADER)).containsExactly(new SpecProblem("method",
                "must be one of [HOLDOUT, STRATIFIED, KFOLD, STRATIFIED_KFOLD, TIME, WALK_FORWARD, GROUP], "
                        + "but is missing"));
    }

    @Test
    void shouldRefuseATestRatioOutsideItsRange() {
        assertThat(SplitSpecs.check(kFold(0.6, 5, 1), HEADER))
                .containsExactly(new SpecProblem("testRatio", "must be between 0.05 and 0.5, but is 0.6"));
        assertThat(SplitSpecs.check(kFold(0.01, 5, 1), HEADER))
                .containsExactly(new SpecProblem("testRatio", "must be between 0.05 and 0.5, but is 0.01"));
        assertThat(SplitSpecs.check(new SplitSpec(SplitMethod.KFOLD, null, null, null, null, 5, null, null, null),
                HEADER)).containsExactly(new SpecProblem("testRatio", "must be between 0.05 and 0.5, but is missing"));
    }

    @Test
    void shouldSayWhatTrainRatioMakesTheRatiosSumToOne() {
        assertThat(SplitSpecs.check(holdout(0.75, 0.15, 0.15, 1), HEADER)).containsExactly(new SpecProblem(
                "trainRatio", "must be 0.7 so that trainRatio + validationRatio + testRatio = 1, but is 0.75"));
    }

    @Test
    void shouldRequireTrainAndValidationRatiosOnlyWhereTheMethodUsesThem() {
        SplitSpec noRatios = new SplitSpec(SplitMethod.TIME, null, null, 0.2, null, null, null, "day", null);

        assertThat(SplitSpecs.check(noRatios, HEADER)).containsExactly(
                new SpecProblem("trainRatio", "must be greater than 0 and less than 1 for TIME, but is missing"),
                new SpecProblem("validationRatio", "must be between 0 and 1, but is missing"));
        assertThat(SplitSpecs.check(groupKFold(0.2, 4, 1, "user"), HEADER)).isEmpty();
        assertThat(SplitSpecs.check(new SplitSpec(SplitMethod.GROUP, null, null, 0.2, null, null, null, null,
                "user"), HEADER)).extracting(SpecProblem::path).containsExactly("trainRatio", "validationRatio");
    }

    @Test
    void shouldRefuseFoldsOutsideTwoToTwenty() {
        assertThat(SplitSpecs.check(kFold(0.2, 1, 1), HEADER))
                .containsExactly(new SpecProblem("folds", "must be between 2 and 20 for KFOLD, but is 1"));
        assertThat(SplitSpecs.check(walkForward(0.2, 21, "t"), HEADER))
                .containsExactly(new SpecProblem("folds", "must be between 2 and 20 for WALK_FORWARD, but is 21"));
        assertThat(SplitSpecs.check(new SplitSpec(SplitMethod.STRATIFIED_KFOLD, null, null, 0.2, null, null,
                "label", null, null), HEADER)).containsExactly(
                new SpecProblem("folds", "must be between 2 and 20 for STRATIFIED_KFOLD, but is missing"));
        assertThat(SplitSpecs.check(groupKFold(0.2, 1, 1, "user"), HEADER))
                .containsExactly(new SpecProblem("folds", "must be between 2 and 20, but is 1"));
    }

    @Test
    void shouldRequireTheColumnEachMethodNeeds() {
        assertThat(SplitSpecs.check(stratified(0.7, 0.1, 0.2, 1, null), HEADER)).containsExactly(
                new SpecProblem("stratifyColumn", "must name a column for STRATIFIED, but is missing"));
        assertThat(SplitSpecs.check(walkForward(0.2, 3, null), HEADER)).containsExactly(
                new SpecProblem("timeColumn", "must name a column for WALK_FORWARD, but is missing"));
        assertThat(SplitSpecs.check(groupKFold(0.2, 3, 1, null), HEADER)).containsExactly(
                new SpecProblem("groupColumn", "must name a column for GROUP, but is missing"));
    }

    @Test
    void shouldNameAnUnknownColumnAndListTheKnownOnes() {
        assertThat(SplitSpecs.check(stratifiedKFold(0.2, 5, 1, "lable"), HEADER)).containsExactly(new SpecProblem(
                "stratifyColumn", "must be one of the columns \"id\", \"label\", \"day\", \"t\", \"user\", \"x\", "
                        + "but is \"lable\""));
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        SplitSpec spec = new SplitSpec(SplitMethod.STRATIFIED_KFOLD, null, null, 0.9, 3L, 0, null, "when", null);

        assertThat(SplitSpecs.check(spec, HEADER)).extracting(SpecProblem::path)
                .containsExactly("testRatio", "folds", "stratifyColumn", "timeColumn");
    }

    @Test
    void shouldPutAProblemUnderTheRequestField() {
        assertThat(new SpecProblem("folds", "must be between 2 and 20, but is 1").within("spec"))
                .isEqualTo(new SpecProblem("spec.folds", "must be between 2 and 20, but is 1"));
    }

    @Test
    void shouldRefuseToPlanAnInvalidSpecWithTheSameProblems() {
        SplitSpec spec = kFold(0.2, 30, 1);

        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(customers(50, 1), spec));

        assertThat(e.problems()).isEqualTo(SplitSpecs.check(spec, HEADER));
        assertThat(e).hasMessage("folds: must be between 2 and 20 for KFOLD, but is 30");
    }
}
