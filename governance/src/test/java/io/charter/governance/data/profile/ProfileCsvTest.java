package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The profile export: one row per column, values from the profile, formulas from the data defused. */
class ProfileCsvTest {

    @Test
    void shouldExportOneRowPerColumnAndDefuseFormulaCategories() throws Exception {
        DatasetProfile p = profile("x,label\n1,=cmd()\n2,ok\n3,ok\n-4,@x\n",
                ProfileRequest.of(columns("x:INTEGER", "label:CATEGORICAL")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ProfileCsv.write(p, out);

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows.get(0).toList()).isEqualTo(ProfileCsv.HEADER);
        assertThat(rows).hasSize(3);
        CSVRecord x = rows.get(1);
        assertThat(x.get(0)).isEqualTo("x");
        assertThat(x.get(ProfileCsv.HEADER.indexOf("min"))).isEqualTo("-4.0");
        assertThat(x.get(ProfileCsv.HEADER.indexOf("mean"))).isEqualTo("0.5");
        assertThat(x.get(ProfileCsv.HEADER.indexOf("top_categories"))).isEmpty();
        String top = rows.get(2).get(ProfileCsv.HEADER.indexOf("top_categories"));
        assertThat(top).startsWith("ok (2)").contains("=cmd() (1)");
        assertThat(rows.get(2).get(0)).isEqualTo("label");
        // a cell that itself starts with a formula character is quoted away
        DatasetProfile firstIsFormula = profile("label\n=1+1\n=1+1\nb\n", ProfileRequest.of(columns("label:CATEGORICAL")));
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        ProfileCsv.write(firstIsFormula, out2);
        assertThat(out2.toString(StandardCharsets.UTF_8)).contains("'=1+1 (2); b (1)");
    }
}
