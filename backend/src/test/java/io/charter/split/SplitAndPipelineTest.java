package io.charter.split;

import static io.charter.support.Api.as;
import static io.charter.support.Api.awaitDone;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Splits assign every row once, keep their promises (stratification, time order, groups) and lock
 * the test rows; pipelines fit on the training rows only.
 */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class SplitAndPipelineTest {

    private static final int ROWS = 1200;

    private String dataset;
    private String version;


    @BeforeEach
    void uploadAVersion() throws Exception {
        String project = createProject(Tokens.alice(), uniqueName("splits"));
        dataset = as(Tokens.alice()).body("""
                {"name": "%s", "sourceType": "INTERNAL", "origin": "crm", "collectionMethod": "export",
                 "licence": "internal", "containsPersonalData": false, "targetColumn": "churned"}
                """.formatted(uniqueName("customers"))).post("/api/v1/projects/" + project + "/datasets")
                .then().statusCode(201).extract().path("id");
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("customer_id,household,signup,income,plan,churned\n");
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            boolean churned = random.nextDouble() < 0.2;
            String income = random.nextDouble() < 0.1 ? "" : random.nextDouble() < 0.05 ? "1000000000"
                    : String.valueOf(20_000 + random.nextInt(60_000));
            csv.append("c").append(i).append(",h").append(i / 3).append(',').append(start.plusDays(i / 4))
                    .append(',').append(income).append(',').append(random.nextBoolean() ? "basic" : "=premium")
                    .append(',').append(churned).append('\n');
        }
        version = RestAssured.given().auth().oauth2(Tokens.alice()).contentType("text/csv").body(csv.toString())
                .post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201).extract().path("id");
        awaitDone(Tokens.alice(), "/api/v1/datasets/" + dataset + "/versions/" + version + "/validation");
    }

    private String createSplit(String name, String spec) throws InterruptedException {
        String id = as(Tokens.alice()).body("{\"versionId\": \"" + version + "\", \"name\": \"" + name
                + "\", \"spec\": " + spec + "}").post("/api/v1/datasets/" + dataset + "/splits").then()
                .statusCode(202).extract().path("id");
        awaitDone(Tokens.victor(), "/api/v1/splits/" + id);
        return id;
    }

    private static List<CSVRecord> rows(String token, String split, String role, int fold) throws Exception {
        String body = as(token).accept("text/csv").queryParam("role", role).queryParam("fold", fold)
                .get("/api/v1/splits/" + split + "/rows").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body)).getRecords();
    }

    private static Set<String> ids(List<CSVRecord> rows, String column) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get(column)));
        return ids;
    }

    private static double churnShare(List<CSVRecord> rows) {
        return rows.stream().filter(r -> r.get("churned").equals("true")).count() / (double) rows.size();
    }

    @Test
    void shouldStratifyWithoutOverlapAndLockTheTestRows() throws Exception {
        String split = createSplit("holdout", "{\"method\": \"STRATIFIED\", \"trainRatio\": 0.6, "
                + "\"validationRatio\": 0.2, \"testRatio\": 0.2, \"seed\": 7, \"stratifyColumn\": \"churned\"}");

        List<CSVRecord> train = rows(Tokens.victor(), split, "TRAIN", 0);
        List<CSVRecord> validation = rows(Tokens.victor(), split, "VALIDATION", 0);
        Set<String> trainIds = ids(train, "customer_id");
        Set<String> validationIds = ids(validation, "customer_id");
        assertThat(trainIds).hasSize(train.size()).doesNotContainAnyElementsOf(validationIds);
        int test = ROWS - train.size() - validation.size();
        assertThat(test).isBetween(ROWS / 5 - 2, ROWS / 5 + 2);
        assertThat(validation.size()).isBetween(ROWS / 5 - 2, ROWS / 5 + 2);
        assertThat(churnShare(validation)).isCloseTo(churnShare(train), within(0.02));
        // exported cells that look like formulas are defused
        assertThat(train).extracting(r -> r.get("plan")).contains("'=premium").doesNotContain("=premium");

        problem(as(Tokens.alice()).accept("text/csv").queryParam("role", "TEST").get("/api/v1/splits/" + split + "/rows").then(), 403)
                .body("errors.field", hasItem("role"));
        JsonPath summary = awaitDone(Tokens.victor(), "/api/v1/splits/" + split);
        assertThat(summary.getString("spec.method")).isEqualTo("STRATIFIED");
        problem(as(Tokens.bob()).get("/api/v1/splits/" + split).then(), 404);
        problem(as(Tokens.bob()).accept("text/csv").queryParam("role", "TRAIN").get("/api/v1/splits/" + split + "/rows").then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/datasets/" + dataset + "/splits").then(), 404);
        as(Tokens.colin()).queryParam("entityId", split).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("dataset.split.create"));
    }

    @Test
    void shouldPutEveryNonTestRowInExactlyOneValidationFold() throws Exception {
        String split = createSplit("kfold", "{\"method\": \"KFOLD\", \"testRatio\": 0.1, \"folds\": 4, \"seed\": 1}");
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int fold = 0; fold < 4; fold++) {
            List<CSVRecord> validation = rows(Tokens.alice(), split, "VALIDATION", fold);
            List<CSVRecord> train = rows(Tokens.alice(), split, "TRAIN", fold);
            assertThat(ids(train, "customer_id")).doesNotContainAnyElementsOf(ids(validation, "customer_id"));
            total += validation.size();
            seen.addAll(ids(validation, "customer_id"));
            assertThat(train.size() + validation.size()).isEqualTo(ROWS - ROWS / 10);
        }
        assertThat(seen).hasSize(total).hasSize(ROWS - ROWS / 10);
        problem(as(Tokens.alice()).accept("text/csv").queryParam("role", "TRAIN").queryParam("fold", 4)
                .get("/api/v1/splits/" + split + "/rows").then(), 400).body("errors.field", hasItem("fold"));
    }

    @Test
    void shouldKeepTimeOrderAndGroupsApart() throws Exception {
        String time = createSplit("by-time", "{\"method\": \"TIME\", \"trainRatio\": 0.6, \"validationRatio\": 0.2, "
                + "\"testRatio\": 0.2, \"timeColumn\": \"signup\"}");
        String lastTrain = rows(Tokens.alice(), time, "TRAIN", 0).stream().map(r -> r.get("signup")).max(String::compareTo)
                .orElseThrow();
        String firstValidation = rows(Tokens.alice(), time, "VALIDATION", 0).stream().map(r -> r.get("signup"))
                .min(String::compareTo).orElseThrow();
        assertThat(lastTrain).isLessThan(firstValidation);

        String groups = createSplit("by-household", "{\"method\": \"GROUP\", \"trainRatio\": 0.6, "
                + "\"validationRatio\": 0.2, \"testRatio\": 0.2, \"groupColumn\": \"household\", \"seed\": 5}");
        assertThat(ids(rows(Tokens.alice(), groups, "TRAIN", 0), "household"))
                .doesNotContainAnyElementsOf(ids(rows(Tokens.alice(), groups, "VALIDATION", 0), "household"));
    }

    @Test
    void shouldRefuseBadSpecsNamingTheField() {
        String splits = "/api/v1/datasets/" + dataset + "/splits";
        problem(as(Tokens.alice()).body("{\"versionId\": \"" + version + "\", \"name\": \"x\", \"spec\": "
                + "{\"method\": \"STRATIFIED\", \"trainRatio\": 0.8, \"validationRatio\": 0.2, \"testRatio\": 0.9, "
                + "\"stratifyColumn\": \"nope\"}}").post(splits).then(), 400)
                .body("errors.field", hasItems("spec.testRatio", "spec.stratifyColumn"));
        problem(as(Tokens.alice()).body("{\"versionId\": \"" + version + "\", \"name\": \"x\", \"spec\": "
                + "{\"method\": \"SOMETIMES\"}}").post(splits).then(), 400);
        problem(as(Tokens.victor()).body("{\"versionId\": \"" + version + "\", \"name\": \"x\", \"spec\": "
                + "{\"method\": \"HOLDOUT\", \"trainRatio\": 0.6, \"validationRatio\": 0.2, \"testRatio\": 0.2}}")
                .post(splits).then(), 403);
    }

    @Test
    void shouldFitThePipelineOnTrainingRowsOnly() throws Exception {
        String split = createSplit("for-pipeline", "{\"method\": \"HOLDOUT\", \"trainRatio\": 0.6, "
                + "\"validationRatio\": 0.15, \"testRatio\": 0.25, \"seed\": 11}");
        String pipeline = as(Tokens.alice()).body("""
                {"name": "basic", "spec": {"steps": [
                  {"kind": "DROP", "columns": ["customer_id", "household", "signup"]},
                  {"kind": "IMPUTE", "columns": ["income"], "strategy": "MEAN", "addIndicator": true},
                  {"kind": "SCALE", "columns": ["income"], "method": "STANDARD"},
                  {"kind": "ONE_HOT", "columns": ["plan"]}
                ]}}""").post("/api/v1/datasets/" + dataset + "/pipelines").then().statusCode(201)
                .extract().path("id");
        String fit = as(Tokens.alice()).body("{\"splitId\": \"" + split + "\"}")
                .post("/api/v1/pipelines/" + pipeline + "/fits").then().statusCode(202).extract().path("id");
        JsonPath done = awaitDone(Tokens.alice(), "/api/v1/pipelines/fits/" + fit);
        assertThat(done.getList("outputColumns", String.class))
                .containsExactlyInAnyOrder("income", "income_missing", "plan==premium", "plan=basic");

        JsonPath artifact = JsonPath.from(as(Tokens.alice()).get("/api/v1/pipelines/fits/" + fit + "/artifact").then()
                .statusCode(200).extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        // the statistics the fit learned, computed here from the exported TRAIN rows alone
        List<Double> incomes = new ArrayList<>();
        List<CSVRecord> train = rows(Tokens.alice(), split, "TRAIN", 0);
        train.forEach(r -> incomes.add(r.get("income").isEmpty() ? null : Double.parseDouble(r.get("income"))));
        double mean = incomes.stream().filter(x -> x != null).mapToDouble(Double::doubleValue).average().orElseThrow();
        double sumSq = incomes.stream().mapToDouble(x -> x == null ? 0 : (x - mean) * (x - mean)).sum();
        assertThat(artifact.getDouble("trainRows")).isEqualTo(train.size());
        assertThat(artifact.getDouble("steps[1].columns[0].number")).isCloseTo(mean, within(1e-6 * mean));
        assertThat(artifact.getDouble("steps[2].columns[0].center")).isCloseTo(mean, within(1e-6 * mean));
        assertThat(artifact.getDouble("steps[2].columns[0].scale"))
                .isCloseTo(Math.sqrt(sumSq / train.size()), within(1e-6 * mean));
        as(Tokens.colin()).queryParam("entityId", fit).get("/api/v1/audit").then()
                .body("items.action", hasItem("pipeline.fit"));

        // another tenant sees none of it
        problem(as(Tokens.bob()).get("/api/v1/pipelines/" + pipeline).then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/pipelines/fits/" + fit).then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/pipelines/fits/" + fit + "/artifact").then(), 404);
        problem(as(Tokens.bob()).body("{\"splitId\": \"" + split + "\"}")
                .post("/api/v1/pipelines/" + pipeline + "/fits").then(), 404);
    }

    @Test
    void shouldRefuseBadPipelinesAndFitsOnVersionsThatFailedValidation() throws Exception {
        String pipelines = "/api/v1/datasets/" + dataset + "/pipelines";
        problem(as(Tokens.alice()).body("{\"name\": \"bad\", \"spec\": {\"steps\": ["
                + "{\"kind\": \"SCALE\", \"columns\": [\"incme\"]}]}}").post(pipelines).then(), 400)
                .body("errors.field", hasItem("spec.steps[0].columns[0]"));
        String pipeline = as(Tokens.alice()).body("{\"name\": \"p\", \"spec\": {\"steps\": ["
                + "{\"kind\": \"DROP\", \"columns\": [\"customer_id\", \"household\", \"signup\", \"plan\"]}, "
                + "{\"kind\": \"IMPUTE\", \"columns\": [\"income\"], \"strategy\": \"MEDIAN\"}]}}")
                .post(pipelines).then().statusCode(201).extract().path("id");
        String again = as(Tokens.alice()).body("{\"name\": \"p\", \"spec\": {\"steps\": ["
                + "{\"kind\": \"DROP\", \"columns\": [\"customer_id\", \"household\", \"signup\", \"plan\"]}]}}")
                .post(pipelines).then().statusCode(201).extract().path("revision").toString();
        assertThat(again).isEqualTo("2");
        String split = createSplit("gate", "{\"method\": \"HOLDOUT\", \"trainRatio\": 0.6, \"validationRatio\": 0.2, "
                + "\"testRatio\": 0.2}");

        String etag = as(Tokens.alice()).get("/api/v1/datasets/" + dataset + "/rules").then().extract().header("ETag");
        as(Tokens.alice()).header("If-Match", etag).body("{\"rules\": [{\"kind\": \"NOT_NULL\", \"column\": \"income\"}]}")
                .put("/api/v1/datasets/" + dataset + "/rules").then().statusCode(200);
        awaitDone(Tokens.alice(), "/api/v1/datasets/" + dataset + "/versions/" + version + "/validation");

        problem(as(Tokens.alice()).body("{\"splitId\": \"" + split + "\"}")
                .post("/api/v1/pipelines/" + pipeline + "/fits").then(), 409).body("errors.field", hasItem("versionId"));
        as(Tokens.alice()).body("{\"reason\": \"incomes are imputed by the pipeline\"}")
                .post("/api/v1/datasets/" + dataset + "/versions/" + version + "/validation/override").then()
                .statusCode(200);
        as(Tokens.alice()).body("{\"splitId\": \"" + split + "\"}").post("/api/v1/pipelines/" + pipeline + "/fits")
                .then().statusCode(202);
    }
}
