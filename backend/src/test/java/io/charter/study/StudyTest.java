package io.charter.study;

import static io.charter.support.Api.as;
import static io.charter.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.charter.tenancy.TenantBinding;
import io.charter.training.TrainingFixture;
import io.charter.training.domain.TrainingJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Studies end to end with real worker processes: bad studies are 400s naming the field, other
 * tenants get 404 and viewers 403; a TPE study runs its trials as training jobs to completion and
 * picks the best; an ASHA study prunes trials and stops their workers; stop and resume.
 */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class StudyTest {

    private static TrainingFixture data;

    @BeforeEach
    void prepare() throws InterruptedException {
        if (data == null) {
            data = TrainingFixture.create(Tokens.alice());
        }
    }

    private String study(String name, String searchSpace, String rest) {
        return """
                {"name": "%s", "objective": {"metric": "roc_auc", "direction": "MAXIMIZE"},
                 "searchSpace": %s, %s
                 "trial": {"pipelineFitId": "%s", "algorithm": "xgboost", "hyperparameters": {"numRounds": 10}}}
                """.formatted(name, searchSpace, rest, data.fit);
    }

    private String studies() {
        return "/api/v1/projects/" + data.project + "/studies";
    }

    @Test
    void shouldRefuseBadStudiesNamingTheFieldAndKeepTenantsAndRolesApart() throws InterruptedException {
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.5, \"high\": 0.1}}", ""))
                .post(studies()).then(), 400).body("errors[0].field", equalTo("searchSpace.eta"));
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0, \"high\": 0.3, "
                + "\"log\": true}}", "")).post(studies()).then(), 400).body("errors[0].field", equalTo("searchSpace.eta"));
        problem(as(Tokens.alice()).body(study("s", "{\"booster\": {\"type\": \"categorical\", \"choices\": []}}", ""))
                .post(studies()).then(), 400).body("errors[0].field", equalTo("searchSpace.booster"));
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"complex\"}}", "")).post(studies()).then(),
                400).body("errors[0].field", equalTo("searchSpace.eta"));
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}",
                "\"sampler\": \"ANNEALING\",")).post(studies()).then(), 400).body("errors[0].field", equalTo("sampler"));
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}",
                "\"pruner\": \"ASHA\",")).post(studies()).then(), 400).body("errors[0].field", equalTo("pruning.metric"));
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}", "")
                .replace("\"xgboost\"", "\"transformer\"")).post(studies()).then(), 400)
                .body("errors[0].field", equalTo("trial.algorithm"));
        problem(as(Tokens.alice()).body(study("s", "{\"etaa\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}", ""))
                .post(studies()).then(), 400).body("errors[0].field", equalTo("searchSpace.etaa"));
        problem(as(Tokens.alice()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}", "")
                .replace("\"numRounds\"", "\"numRound\"")).post(studies()).then(), 400)
                .body("errors[0].field", equalTo("trial.hyperparameters.numRound"));
        problem(as(Tokens.victor()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}", ""))
                .post(studies()).then(), 403);
        String bobsProject = io.charter.support.Api.createProject(Tokens.bob(), io.charter.support.Api.uniqueName("bob"));
        problem(as(Tokens.bob()).body(study("s", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}", ""))
                .post("/api/v1/projects/" + bobsProject + "/studies").then(), 400)
                .body("errors[0].field", equalTo("trial.pipelineFitId"));

        // a valid one, stopped and resumed; other tenants see nothing of it
        String id = as(Tokens.alice()).body(study("stoppable", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, "
                + "\"high\": 0.3}}", "\"maxTrials\": 50, \"parallelism\": 1,")).post(studies()).then().statusCode(201)
                .body("state", equalTo("RUNNING")).extract().path("id");
        as(Tokens.alice()).body(study("stoppable", "{\"eta\": {\"type\": \"float\", \"low\": 0.1, \"high\": 0.3}}", ""))
                .post(studies()).then().statusCode(400).body("errors[0].field", equalTo("name"));
        for (String path : List.of("", "/trials", "/analysis")) {
            problem(as(Tokens.bob()).get("/api/v1/studies/" + id + path).then(), 404);
        }
        problem(as(Tokens.bob()).post("/api/v1/studies/" + id + "/stop").then(), 404);
        problem(as(Tokens.victor()).post("/api/v1/studies/" + id + "/stop").then(), 403);
        as(Tokens.bob()).get("/api/v1/projects/" + bobsProject + "/studies").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(Tokens.alice()).post("/api/v1/studies/" + id + "/stop").then().statusCode(200).body("state", equalTo("STOPPED"));
        problem(as(Tokens.alice()).post("/api/v1/studies/" + id + "/stop").then(), 409);
        List<Map<String, Object>> trials = as(Tokens.alice()).get("/api/v1/studies/" + id + "/trials").then()
                .statusCode(200).extract().path("$");
        assertThat(trials).allSatisfy(t -> assertThat(t.get("state")).isNotEqualTo("RUNNING"));
        as(Tokens.alice()).post("/api/v1/studies/" + id + "/resume").then().statusCode(200)
                .body("state", equalTo("RUNNING"));
        as(Tokens.alice()).post("/api/v1/studies/" + id + "/stop").then().statusCode(200);
        as(Tokens.colin()).queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("study.create")).body("items.action", hasItem("study.stop"))
                .body("items.action", hasItem("study.resume"));
    }

    @Test
    void shouldRunATpeStudyToCompletionAndTrainTheBestTrialsModel() throws InterruptedException {
        String id = as(Tokens.alice()).body(study("tpe", """
                {"eta": {"type": "float", "low": 0.05, "high": 0.5, "log": true},
                 "maxDepth": {"type": "int", "low": 2, "high": 5}}""", "\"maxTrials\": 4, \"parallelism\": 3, "
                + "\"seed\": 7,")).post(studies()).then().statusCode(201).extract().path("id");
        JsonPath done = awaitStudy(id);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");
        assertThat(done.getString("reason")).isEqualTo("all 4 trials done");
        List<Map<String, Object>> trials = as(Tokens.alice()).get("/api/v1/studies/" + id + "/trials").then()
                .statusCode(200).extract().path("$");
        assertThat(trials).hasSize(4).allSatisfy(t -> assertThat(t.get("state")).as(String.valueOf(t))
                .isEqualTo("COMPLETE"));
        double best = trials.stream().mapToDouble(t -> ((Number) t.get("value")).doubleValue()).max().orElseThrow();
        assertThat(done.getDouble("best.value")).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-6));
        for (Map<String, Object> t : trials) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) t.get("params");
            assertThat(((Number) params.get("eta")).doubleValue()).isBetween(0.05, 0.5);
            assertThat(((Number) params.get("maxDepth")).intValue()).isBetween(2, 5);
            as(Tokens.alice()).get("/api/v1/runs/" + t.get("runId")).then().statusCode(200)
                    .body("lineage.parentStudyId", equalTo(id)).body("params.maxDepth", equalTo(
                            String.valueOf(params.get("maxDepth")))).body("tags.'charter.study'", equalTo(id));
        }
        // at most parallelism (3) trials at once, and the tenant's job quota (2) caps the workers running
        assertThat(maxOverlap(trials.stream().map(t -> new String[] {(String) t.get("createdAt"),
                (String) t.get("finishedAt")}).toList())).isLessThanOrEqualTo(3);
        assertThat(maxOverlap(trials.stream().map(t -> {
            JsonPath j = JsonPath.from(as(Tokens.alice()).get("/api/v1/jobs/" + t.get("jobId")).asString());
            return new String[] {j.getString("startedAt"), j.getString("finishedAt")};
        }).toList())).isLessThanOrEqualTo(2);
        as(Tokens.alice()).get("/api/v1/studies/" + id + "/analysis").then().statusCode(200);
        String job = as(Tokens.alice()).post("/api/v1/studies/" + id + "/trials/" + done.getInt("best.number")
                + "/train").then().statusCode(201).extract().path("id");
        JsonPath finalJob = TrainingFixture.awaitEnd(Tokens.alice(), job);
        assertThat(finalJob.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(finalJob.getMap("hyperparameters")).containsEntry("numRounds", 10);
        List<String> actions = as(Tokens.colin()).queryParam("entityId", id).queryParam("size", 200)
                .get("/api/v1/audit").then().statusCode(200).extract().path("items.action");
        assertThat(actions).contains("study.create", "study.complete", "study.train_final")
                .filteredOn("study.trial.start"::equals).hasSize(4);
    }

    @Test
    void shouldPruneTrialsWithAshaAndStopTheirWorkers() throws InterruptedException {
        String id = as(Tokens.alice()).body("""
                {"name": "asha", "objective": {"metric": "roc_auc", "direction": "MAXIMIZE"},
                 "searchSpace": {"learningRate": {"type": "float", "low": 0.00001, "high": 0.3, "log": true}},
                 "sampler": "RANDOM", "pruner": "ASHA",
                 "pruning": {"metric": "validation_loss", "minResource": 1, "reductionFactor": 3},
                 "maxTrials": 6, "parallelism": 2, "seed": 11,
                 "trial": {"pipelineFitId": "%s", "algorithm": "mlp",
                           "hyperparameters": {"layers": [16], "epochs": 30, "batchSize": 4}}}
                """.formatted(data.fit)).post(studies()).then().statusCode(201)
                .body("spec.pruning.maxResource", equalTo(30)).extract().path("id");
        JsonPath done = awaitStudy(id);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");
        List<Map<String, Object>> trials = as(Tokens.alice()).get("/api/v1/studies/" + id + "/trials").then()
                .statusCode(200).extract().path("$");
        List<Map<String, Object>> pruned = trials.stream().filter(t -> "PRUNED".equals(t.get("state"))).toList();
        assertThat(pruned).as(String.valueOf(trials)).isNotEmpty();
        for (Map<String, Object> t : pruned) {
            assertThat(t.get("prunedRung")).isNotNull();
            assertThat((String) t.get("reason")).startsWith("pruned at step");
            JsonPath job = JsonPath.from(as(Tokens.alice()).get("/api/v1/jobs/" + t.get("jobId")).asString());
            assertThat(job.getString("state")).isEqualTo("CANCELLED");
            assertThat(job.getString("reason")).startsWith("pruned at step");
            // its worker process is stopped, not left to finish its epochs
            assertThat(workerAlive((String) t.get("jobId"))).isFalse();
        }
        assertThat(trials.stream().filter(t -> "COMPLETE".equals(t.get("state")))).as(String.valueOf(trials))
                .isNotEmpty();
    }

    @Test
    void shouldSearchArchitecturesByRegularizedEvolutionAndReportTheParetoFront() throws InterruptedException {
        String id = as(Tokens.alice()).body("""
                {"name": "nas", "objective": {"metric": "roc_auc", "direction": "MAXIMIZE"},
                 "sampler": "NAS_EVOLUTION",
                 "nas": {"maxLayers": 2, "widths": [8, 16], "populationSize": 2, "sampleSize": 1,
                         "costMetric": "model_size_bytes"},
                 "maxTrials": 3, "parallelism": 2, "seed": 5,
                 "trial": {"pipelineFitId": "%s", "algorithm": "mlp", "hyperparameters": {"epochs": 3}}}
                """.formatted(data.fit)).post(studies()).then().statusCode(201).body("kind", equalTo("NAS"))
                .extract().path("id");
        JsonPath done = awaitStudy(id);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMPLETED");
        List<Map<String, Object>> trials = as(Tokens.alice()).get("/api/v1/studies/" + id + "/trials").then()
                .statusCode(200).extract().path("$");
        assertThat(trials).hasSize(3).allSatisfy(t -> {
            assertThat(t.get("state")).as(String.valueOf(t)).isEqualTo("COMPLETE");
            assertThat((List<?>) t.get("extraValues")).hasSize(1);
            @SuppressWarnings("unchecked")
            Map<String, Object> h = (Map<String, Object>) t.get("hyperparameters");
            assertThat(h).containsKeys("layers", "activation", "dropout", "batchNorm").doesNotContainKey("skip");
        });
        List<Integer> front = as(Tokens.alice()).get("/api/v1/studies/" + id + "/analysis").then().statusCode(200)
                .extract().path("paretoFront");
        assertThat(front).isNotEmpty();
    }

    /** The most intervals [start, end] (ISO instants) open at one moment. */
    private static int maxOverlap(List<String[]> intervals) {
        int max = 0;
        for (String[] a : intervals) {
            java.time.Instant t = java.time.Instant.parse(a[0]);
            int open = 0;
            for (String[] b : intervals) {
                if (!java.time.Instant.parse(b[0]).isAfter(t) && java.time.Instant.parse(b[1]).isAfter(t)) {
                    open++;
                }
            }
            max = Math.max(max, open);
        }
        return max;
    }

    private static boolean workerAlive(String job) throws InterruptedException {
        String handle = TenantBinding.call("acme", () -> QuarkusTransaction.requiringNew().call(() ->
                TrainingJob.<TrainingJob>findById(UUID.fromString(job)).executorHandle));
        if (handle == null) {
            return false;
        }
        Optional<ProcessHandle> worker = ProcessHandle.of(Long.parseLong(handle.split(":")[1]));
        for (int i = 0; i < 100 && worker.isPresent() && worker.get().isAlive(); i++) {
            Thread.sleep(100); // the stop is sent after the prune commits; give the worker its grace to exit
        }
        return worker.isPresent() && worker.get().isAlive();
    }

    private static JsonPath awaitStudy(String id) throws InterruptedException {
        JsonPath s = null;
        for (int i = 0; i < 1200; i++) {
            s = JsonPath.from(as(Tokens.alice()).get("/api/v1/studies/" + id).then().statusCode(200).extract().asString());
            if (!"RUNNING".equals(s.getString("state"))) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("study " + id + " did not end: " + (s == null ? null : s.prettify()));
    }
}
