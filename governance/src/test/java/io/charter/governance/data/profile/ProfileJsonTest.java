package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server stores requests and profiles as JSON and reads them back: both survive the round trip. */
class ProfileJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadBackAStoredRequest() throws Exception {
        ProfileRequest request = new ProfileRequest(columns("sex:CATEGORICAL", "y:BOOLEAN"), ';', "y",
                List.of(new ProtectedGroupSpec("sex", List.of("f", "m"))), 0.2, 500);

        assertThat(mapper.readValue(mapper.writeValueAsString(request), ProfileRequest.class)).isEqualTo(request);
    }

    @Test
    void shouldReadBackAStoredProfileWithNullsInItsMatrices() throws Exception {
        String csv = "sex,y,n,flat\nf,yes,1,2\nm,no,2,2\nf,no,,2\n";
        ProfileRequest request = new ProfileRequest(columns("sex:CATEGORICAL", "y:BOOLEAN", "n:INTEGER",
                "flat:INTEGER"), ',', "y", List.of(new ProtectedGroupSpec("sex", List.of("f", "m", "x"))), 0.1, 100);
        DatasetProfile p = profile(csv, request);

        String json = mapper.writeValueAsString(p);

        assertThat(mapper.readValue(json, DatasetProfile.class)).isEqualTo(p);
        assertThat(json).doesNotContain("NaN").contains("\"values\":[[1.0,null],[null,null]]");
    }
}
