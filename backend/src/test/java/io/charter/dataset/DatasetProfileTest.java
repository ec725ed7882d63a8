package io.charter.dataset;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.charter.dataset.DatasetApiTest.createDataset;
import static io.charter.dataset.DatasetApiTest.csv;
import static io.charter.support.Api.as;
import static io.charter.support.Api.awaitDone;
import static io.charter.support.Api.charterJson;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Profiles computed by the background job, checked against statistics the test computes itself. */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class DatasetProfileTest {

    private static final int ROWS = 3000;


    @Test
    void shouldProfileANewVersionAndMatchIndependentlyComputedStatistics() throws Exception {
        String project = createProject(Tokens.alice(), uniqueName("profile"));
        as(Tokens.alice()).body(charterJson("LIMITED")).put("/api/v1/projects/" + project + "/charter").then()
                .statusCode(200);
        String dataset = createDataset(Tokens.alice(), project);

        Random random = new Random(42);
        StringBuilder file = new StringBuilder("customer_id,age,income,gender,defaulted\n");
        List<Double> ages = new ArrayList<>();
        int missingIncome = 0;
        int female = 0;
        int femaleDefaults = 0;
        for (int i = 0; i < ROWS; i++) {
            int age = 18 + random.nextInt(60);
            ages.add((double) age);
            boolean isFemale = random.nextDouble() < 0.3;
            boolean defaulted = random.nextDouble() < (isFemale ? 0.2 : 0.1);
            String income = random.nextDouble() < 0.05 ? "" : String.valueOf(20000 + random.nextInt(80000));
            missingIncome += income.isEmpty() ? 1 : 0;
            female += isFemale ? 1 : 0;
            femaleDefaults += isFemale && defaulted ? 1 : 0;
            file.append('c').append(i).append(',').append(age).append(',').append(income).append(',')
                    .append(isFemale ? "female" : "male").append(',').append(defaulted).append('\n');
        }
        String sha = csv(Tokens.alice()).body(file.toString()).post("/api/v1/datasets/" + dataset + "/versions")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/datasets/" + dataset + "/versions/" + sha + "/profile";
        as(Tokens.victor()).get(path + "/status").then().statusCode(200)
                .body("status", anyOf(equalTo("PENDING"), equalTo("RUNNING"), equalTo("SUCCEEDED")));

        JsonPath profile = awaitDone(Tokens.victor(), path);
        assertThat(profile.getLong("rows")).isEqualTo(ROWS);
        double mean = ages.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double std = Math.sqrt(ages.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / (ROWS - 1));
        assertThat(profile.getDouble("columns.find { it.name == 'age' }.mean")).isCloseTo(mean, within(1e-9));
        assertThat(profile.getDouble("columns.find { it.name == 'age' }.std")).isCloseTo(std, within(1e-6 * std));
        assertThat(profile.getDouble("columns.find { it.name == 'age' }.min"))
                .isEqualTo(ages.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(profile.getLong("columns.find { it.name == 'income' }.missing")).isEqualTo(missingIncome);
        double femaleShare = (double) female / ROWS;
        assertThat(profile.getDouble("representation.find { it.group == 'female' }.share"))
                .isCloseTo(femaleShare, within(1e-9));
        assertThat(profile.getDouble("representation.find { it.group == 'female' }.targetRate"))
                .isCloseTo((double) femaleDefaults / female, within(1e-9));
        assertThat(profile.getList("columns.find { it.name == 'gender' }.topCategories.value"))
                .containsExactlyInAnyOrder("female", "male");

        as(Tokens.alice()).get(path + "/status").then().body("status", equalTo("SUCCEEDED"),
                "progress", equalTo(1.0f));
    }

    @Test
    void anotherTenantCannotReadOrRequestAProfile() throws Exception {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("profile-private")));
        String sha = csv(Tokens.alice()).body(DatasetApiTest.CSV).post("/api/v1/datasets/" + dataset + "/versions")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/datasets/" + dataset + "/versions/" + sha + "/profile";
        problem(as(Tokens.bob()).get(path).then(), 404);
        problem(as(Tokens.bob()).get(path + "/status").then(), 404);
        problem(as(Tokens.bob()).post(path).then(), 404);
        problem(as(Tokens.victor()).post(path).then(), 403);
        awaitDone(Tokens.alice(), path);
        as(Tokens.alice()).post(path).then().statusCode(202);
        assertThat(awaitDone(Tokens.alice(), path).getLong("rows")).isEqualTo(4);
    }
}
