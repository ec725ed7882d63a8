package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A request that cannot describe the file is refused with what was expected and what was given. */
class ProfileRequestTest {

    private static final List<ColumnSpec> COLUMNS = columns("id:ID", "sex:CATEGORICAL", "y:BOOLEAN");

    private static ProfileRequest request(String target, List<ProtectedGroupSpec> groups, double share, int sample) {
        return new ProfileRequest(COLUMNS, ',', target, groups, share, sample);
    }

    @Test
    void shouldRefuseATargetThatIsNotAColumnOrIsAnIdentifier() {
        assertThatThrownBy(() -> request("label", List.of(), 0.1, 10))
                .hasMessage("targetColumn must be one of the columns, but got \"label\"");
        assertThatThrownBy(() -> request("id", List.of(), 0.1, 10))
                .hasMessage("targetColumn must be a CATEGORICAL, BOOLEAN, TEXT, INTEGER or NUMERIC column, "
                        + "but \"id\" is ID");
    }

    @Test
    void shouldRefuseSharesAndSampleSizesOutOfRange() {
        assertThatThrownBy(() -> request("y", List.of(), 1.5, 10))
                .hasMessage("minGroupShare must be between 0 and 1, but got 1.5");
        assertThatThrownBy(() -> request("y", List.of(), 0.1, 0))
                .hasMessage("sampleRows must be at least 1, but got 0");
    }

    @Test
    void shouldRefuseUnknownProtectedAttributesAndRepeatedGroups() {
        assertThatThrownBy(() -> request(null, List.of(new ProtectedGroupSpec("race", List.of("a"))), 0.1, 10))
                .hasMessage("protected attribute must be one of the columns, but got \"race\"");
        assertThatThrownBy(() -> new ProtectedGroupSpec("sex", List.of("f", " f")))
                .hasMessage("groups of protected attribute \"sex\" must be distinct after trimming, but got [f,  f]");
        assertThatThrownBy(() -> new ProtectedGroupSpec("sex", List.of()))
                .hasMessage("groups of protected attribute \"sex\" must name at least one group, but got none");
    }

    @Test
    void shouldRefuseRepeatedColumnNames() {
        assertThatThrownBy(() -> ProfileRequest.of(columns("a:INTEGER", "a:TEXT")))
                .hasMessage("column names must be unique after trimming, but \"a\" appears twice");
    }
}
