package io.charter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * What a training job needs, made through the REST API of the platform under test: a binary
 * classification project whose charter protects {@code gender}, a validated loans dataset, a
 * holdout split and a fitted preprocessing pipeline.
 *
 * @param project the project's id
 * @param fit     the fitted pipeline jobs read their data through
 */
record TrainingData(String project, String fit) {

    static RequestSpecification api(Platform platform, String token) {
        return RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static TrainingData prepare(Platform platform, String token) throws InterruptedException {
        String project = api(platform, token).body("{\"name\": \"Credit " + UUID.randomUUID().toString().substring(0, 8)
                        + "\", \"problemStatement\": \"p\", \"taskType\": \"BINARY_CLASSIFICATION\"}")
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        api(platform, token).body("""
                {"protectedAttributes": [{"column": "gender", "groups": ["female", "male"]}],
                 "fairnessCriteria": [{"metric": "DEMOGRAPHIC_PARITY_DIFFERENCE", "threshold": 0.2}],
                 "privacy": "p", "transparency": "t", "societalImpact": "s", "dualUse": "none", "riskTier": "LIMITED"}
                """).put("/api/v1/projects/" + project + "/charter").then().statusCode(200);
        String dataset = api(platform, token).body("{\"name\": \"Loans\", \"sourceType\": \"INTERNAL\", "
                        + "\"containsPersonalData\": true, \"targetColumn\": \"defaulted\"}")
                .post("/api/v1/projects/" + project + "/datasets").then().statusCode(201).extract().path("id");
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("loan_id,income,debt,gender,defaulted\n");
        for (int i = 0; i < 500; i++) {
            double income = 20 + random.nextDouble() * 80;
            double debt = random.nextDouble() * 60;
            csv.append("L").append(i).append(',').append(String.format(Locale.ROOT, "%.2f,%.2f", income, debt))
                    .append(',').append(random.nextBoolean() ? "female" : "male").append(',')
                    .append(debt / income + random.nextGaussian() * 0.15 > 0.45 ? 1 : 0).append('\n');
        }
        String version = RestAssured.given().baseUri(platform.baseUrl()).auth().oauth2(token).contentType("text/csv")
                .body(csv.toString()).post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201)
                .extract().path("id");
        awaitOk(platform, token, "/api/v1/datasets/" + dataset + "/versions/" + version + "/validation");
        String split = api(platform, token).body("{\"versionId\": \"" + version + "\", \"name\": \"holdout\", "
                        + "\"spec\": {\"method\": \"HOLDOUT\", \"trainRatio\": 0.6, \"validationRatio\": 0.2, "
                        + "\"testRatio\": 0.2, \"seed\": 1}}").post("/api/v1/datasets/" + dataset + "/splits").then()
                .statusCode(202).extract().path("id");
        awaitOk(platform, token, "/api/v1/splits/" + split);
        String pipeline = api(platform, token).body("{\"name\": \"scaled\", \"spec\": {\"steps\": ["
                        + "{\"kind\": \"DROP\", \"columns\": [\"loan_id\"]},"
                        + "{\"kind\": \"SCALE\", \"columns\": [\"income\", \"debt\"], \"method\": \"STANDARD\"},"
                        + "{\"kind\": \"ONE_HOT\", \"columns\": [\"gender\"]}]}}")
                .post("/api/v1/datasets/" + dataset + "/pipelines").then().statusCode(201).extract().path("id");
        String fit = api(platform, token).body("{\"splitId\": \"" + split + "\"}")
                .post("/api/v1/pipelines/" + pipeline + "/fits").then().statusCode(202).extract().path("id");
        awaitOk(platform, token, "/api/v1/pipelines/fits/" + fit);
        return new TrainingData(project, fit);
    }

    /** Submits a TRAIN job of {@code algorithm} (the JSON of the job's algorithm field); answers its id. */
    String submit(Platform platform, String token, String algorithm) {
        return api(platform, token).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + fit + "\", \"algorithm\": "
                + algorithm + "}").post("/api/v1/projects/" + project + "/jobs").then().statusCode(201).extract()
                .path("id");
    }

    /** Polls an asynchronous resource until it answers 200 (it answers 202 while in progress). */
    static void awaitOk(Platform platform, String token, String path) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            int status = api(platform, token).get(path).statusCode();
            if (status == 200) {
                return;
            }
            assertThat(status).as(path).isEqualTo(202);
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not finish");
    }

    /** Polls a job until it has ended (three minutes at most); answers its last view. */
    static JsonPath awaitJob(Platform platform, String token, String job) throws InterruptedException {
        JsonPath j = null;
        for (int i = 0; i < 720; i++) {
            j = api(platform, token).get("/api/v1/jobs/" + job).then().statusCode(200).extract().jsonPath();
            if (j.getString("state").matches("SUCCEEDED|FAILED|CANCELLED")) {
                return j;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + job + " did not end: " + (j == null ? null : j.prettify()));
    }

    /** Polls a study until it is no longer RUNNING, at most {@code polls} times 250 ms; answers its last view. */
    static JsonPath awaitStudy(Platform platform, String token, String study, int polls) throws InterruptedException {
        JsonPath s = null;
        for (int i = 0; i < polls; i++) {
            s = api(platform, token).get("/api/v1/studies/" + study).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(s.getString("state"))) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("study " + study + " did not end: " + (s == null ? null : s.prettify()) + "\n"
                + platform.logTail());
    }
}
