package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.column;
import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.data.DataFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file is read as the scanner accepted it; a file or request that does not match is refused clearly. */
class ProfileInputTest {

    @Test
    void shouldReadByteOrderMarkOtherDelimitersAndQuotedFields() throws Exception {
        String csv = "\uFEFFname;score\n\"Doe; Jane\";1,5\n\"multi\nline\";2\n";
        ProfileRequest request = new ProfileRequest(columns("name:TEXT", "score:INTEGER"), ';', null, List.of(),
                0.1, 10);

        DatasetProfile p = profile(csv.replace("1,5", "15"), request);

        assertThat(p.rows()).isEqualTo(2);
        assertThat(column(p, "name").topCategories()).extracting(CategoryCount::value)
                .containsExactly("Doe; Jane", "multi\nline");
        assertThat(column(p, "score").max()).isEqualTo(15.0);
    }

    @Test
    void shouldReadBlankLinesOfAOneColumnFileAsMissingExceptAtTheEnd() throws Exception {
        DatasetProfile p = profile("v\n1\n\n2\n\n\n", ProfileRequest.of(columns("v:INTEGER")));

        assertThat(p.rows()).isEqualTo(3);
        assertThat(column(p, "v").missing()).isEqualTo(1);
    }

    @Test
    void shouldRefuseABlankLineBetweenRowsOfAWiderFile() {
        assertThatThrownBy(() -> profile("a,b\n1,2\n\n3,4\n", ProfileRequest.of(columns("a:INTEGER", "b:INTEGER"))))
                .isInstanceOf(IOException.class)
                .hasMessage("row 2 must have 2 fields like the header, but is a blank line");
    }

    @Test
    void shouldRefuseARequestWhoseColumnsAreNotTheHeader() {
        assertThatThrownBy(() -> profile("a,b\n1,2\n", ProfileRequest.of(columns("a:INTEGER", "c:INTEGER"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request columns must be the file's header [a, b], but got [a, c]");
    }

    @Test
    void shouldNameRowAndColumnOfAValueThatIsNotANumber() {
        assertThatThrownBy(() -> profile("a,b\n1,2\n3,NaN\n", ProfileRequest.of(columns("a:INTEGER", "b:NUMERIC"))))
                .isInstanceOf(IOException.class)
                .hasMessage("row 2, column 2 (\"b\"): value must be a finite number in a NUMERIC column, "
                        + "but got \"NaN\"")
                .cause().isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                });
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() {
        byte[] bytes = {'a', '\n', 'c', 'a', 'f', (byte) 0xC3, '\n'};

        assertThatThrownBy(() -> DatasetProfiler.profile(new ByteArrayInputStream(bytes),
                ProfileRequest.of(columns("a:TEXT")), ProgressListener.NONE)).isInstanceOf(IOException.class);
    }

    @Test
    void shouldReportProgressEveryTenThousandRowsAndAtTheEnd() throws Exception {
        List<Long> calls = new ArrayList<>();
        var csv = new ProfileFixtures.GeneratedCsv("n", 25_001, i -> i + "\n");

        DatasetProfiler.profile(csv, ProfileRequest.of(columns("n:INTEGER")), calls::add);

        assertThat(calls).containsExactly(10_000L, 20_000L, 25_001L);
    }

    @Test
    void shouldLeaveTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        var in = new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        DatasetProfiler.profile(in, ProfileRequest.of(columns("a:INTEGER")), ProgressListener.NONE);

        assertThat(closed[0]).isFalse();
    }
}
