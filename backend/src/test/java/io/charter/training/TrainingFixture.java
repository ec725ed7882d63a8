package io.charter.training;

import static io.charter.support.Api.as;
import static io.charter.support.Api.awaitDone;
import static io.charter.support.Api.charterJson;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.uniqueName;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.Random;

/**
 * A project ready to train: a charter with a protected attribute, a dataset version whose label
 * depends on two features, a holdout split and a fitted pipeline — all made through the API.
 */
public final class TrainingFixture {

    static final int ROWS = 600;

    public final String project;
    public final String dataset;
    public final String version;
    public final String split;
    public final String fit;

    private TrainingFixture(String project, String dataset, String version, String split, String fit) {
        this.project = project;
        this.dataset = dataset;
        this.version = version;
        this.split = split;
        this.fit = fit;
    }

    public static TrainingFixture create(String token) throws InterruptedException {
        String project = createProject(token, uniqueName("training"));
        as(token).body(charterJson("LIMITED")).put("/api/v1/projects/" + project + "/charter").then().statusCode(200);
        String dataset = as(token).body("""
                {"name": "%s", "sourceType": "INTERNAL", "origin": "loan book", "collectionMethod": "export",
                 "licence": "internal", "containsPersonalData": true, "targetColumn": "defaulted"}
                """.formatted(uniqueName("loans"))).post("/api/v1/projects/" + project + "/datasets")
                .then().statusCode(201).extract().path("id");
        String version = RestAssured.given().auth().oauth2(token).contentType("text/csv").body(csv(ROWS, 5))
                .post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201).extract().path("id");
        awaitDone(token, "/api/v1/datasets/" + dataset + "/versions/" + version + "/validation");
        String split = as(token).body("{\"versionId\": \"" + version + "\", \"name\": \"holdout\", \"spec\": "
                        + "{\"method\": \"STRATIFIED\", \"trainRatio\": 0.6, \"validationRatio\": 0.2, "
                        + "\"testRatio\": 0.2, \"seed\": 3, \"stratifyColumn\": \"defaulted\"}}")
                .post("/api/v1/datasets/" + dataset + "/splits").then().statusCode(202).extract().path("id");
        awaitDone(token, "/api/v1/splits/" + split);
        String pipeline = as(token).body("""
                {"name": "scaled", "spec": {"steps": [
                  {"kind": "DROP", "columns": ["loan_id"]},
                  {"kind": "SCALE", "columns": ["income", "debt"], "method": "STANDARD"},
                  {"kind": "ONE_HOT", "columns": ["gender"]}
                ]}}""").post("/api/v1/datasets/" + dataset + "/pipelines").then().statusCode(201).extract().path("id");
        String fit = as(token).body("{\"splitId\": \"" + split + "\"}").post("/api/v1/pipelines/" + pipeline + "/fits")
                .then().statusCode(202).extract().path("id");
        awaitDone(token, "/api/v1/pipelines/fits/" + fit);
        return new TrainingFixture(project, dataset, version, split, fit);
    }

    /** Loans whose default depends on debt relative to income, with noise; gender does not enter the label. */
    static String csv(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("loan_id,income,debt,gender,defaulted\n");
        for (int i = 0; i < rows; i++) {
            double income = 20 + random.nextDouble() * 80;
            double debt = random.nextDouble() * 60;
            boolean defaulted = debt / income + random.nextGaussian() * 0.15 > 0.45;
            csv.append("L").append(i).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", income))
                    .append(',').append(String.format(java.util.Locale.ROOT, "%.2f", debt)).append(',')
                    .append(random.nextBoolean() ? "female" : "male").append(',').append(defaulted ? 1 : 0)
                    .append('\n');
        }
        return csv.toString();
    }

    String submit(String token, String algorithmJson) {
        return as(token).body("{\"type\": \"TRAIN\", \"pipelineFitId\": \"" + fit + "\", \"algorithm\": "
                        + algorithmJson + ", \"seed\": 7}").post("/api/v1/projects/" + project + "/jobs")
                .then().statusCode(201).extract().path("id");
    }

    /** Polls the job until it has ended, bounded at 4 minutes: a wait, not a timing assertion. */
    public static JsonPath awaitEnd(String token, String job) throws InterruptedException {
        return awaitState(token, job, "SUCCEEDED", "FAILED", "CANCELLED");
    }

    static JsonPath awaitState(String token, String job, String... states) throws InterruptedException {
        return awaitJob(token, job, 960, j -> java.util.List.of(states).contains(j.getString("state")),
                "reach " + java.util.List.of(states));
    }

    /**
     * Polls the job every 250 ms until {@code done} holds, at most {@code polls} times: a wait, not
     * a timing assertion. Numbers read as doubles.
     *
     * @param what what the job should do, for the failure message
     */
    public static JsonPath awaitJob(String token, String job, int polls, java.util.function.Predicate<JsonPath> done,
                                    String what) throws InterruptedException {
        JsonPath last = null;
        for (int i = 0; i < polls; i++) {
            last = JsonPath.from(as(token).get("/api/v1/jobs/" + job).then().statusCode(200).extract().asString())
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + job + " did not " + what + "; last seen "
                + (last == null ? null : last.prettify()));
    }

    static String logs(String token, String job) {
        return as(token).accept("text/plain").get("/api/v1/jobs/" + job + "/logs").then().statusCode(200)
                .extract().asString();
    }

}
