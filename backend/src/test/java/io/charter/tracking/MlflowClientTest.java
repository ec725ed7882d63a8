package io.charter.tracking;

import static io.charter.support.Api.as;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlflow.api.proto.Service;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;

/** MLflow's official Java client logs to Charter and reads back what it logged; tenants stay apart. */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class MlflowClientTest {

    private static MlflowClient client(String token) {
        return new MlflowClient(new BasicMlflowHostCreds("http://localhost:" + RestAssured.port, token));
    }

    @Test
    void shouldLogAndSearchRunsThroughTheOfficialMlflowJavaClient() {
        MlflowClient mlflow = client(Tokens.alice());
        String name = uniqueName("mlflow-java");
        String experiment = mlflow.createExperiment(name);
        assertThat(mlflow.getExperimentByName(name)).get().extracting(Service.Experiment::getExperimentId)
                .isEqualTo(experiment);
        assertThat(mlflow.getExperiment(experiment).getLifecycleStage()).isEqualTo("active");

        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Service.RunInfo run = mlflow.createRun(experiment);
            runs.add(run.getRunId());
            mlflow.logParam(run.getRunId(), "learning_rate", String.valueOf(0.1 * (i + 1)));
            mlflow.setTag(run.getRunId(), "team", i == 0 ? "risk" : "growth");
            for (int step = 0; step < 5; step++) {
                mlflow.logMetric(run.getRunId(), "loss", 1.0 / (step + 1 + i), 1_700_000_000_000L + step, step);
            }
            mlflow.logMetric(run.getRunId(), "auc", 0.7 + 0.1 * i);
            mlflow.setTerminated(run.getRunId(), Service.RunStatus.FINISHED);
        }

        Service.Run first = mlflow.getRun(runs.get(0));
        assertThat(first.getInfo().getStatus()).isEqualTo(Service.RunStatus.FINISHED);
        assertThat(first.getData().getParamsList()).extracting(Service.Param::getValue).containsExactly("0.1");
        assertThat(first.getData().getMetricsList()).extracting(Service.Metric::getKey).contains("loss", "auc");
        assertThat(mlflow.getMetricHistory(runs.get(0), "loss")).extracting(Service.Metric::getStep)
                .containsExactly(0L, 1L, 2L, 3L, 4L);

        List<Service.RunInfo> good = mlflow.searchRuns(List.of(experiment), "metrics.auc > 0.75 and tags.team = 'growth'");
        assertThat(good).extracting(Service.RunInfo::getRunId).containsExactlyInAnyOrder(runs.get(1), runs.get(2));
        var ordered = mlflow.searchRuns(List.of(experiment), "", Service.ViewType.ACTIVE_ONLY, 2,
                List.of("metrics.auc DESC"));
        assertThat(ordered.getItems()).extracting(r -> r.getInfo().getRunId()).containsExactly(runs.get(2), runs.get(1));
        assertThat(ordered.getNextPageToken()).isNotEmpty();

        // params are immutable, as in MLflow
        assertThatThrownBy(() -> mlflow.logParam(runs.get(0), "learning_rate", "9"))
                .isInstanceOf(MlflowClientException.class).hasMessageContaining("INVALID_PARAMETER_VALUE");
        // another tenant's run does not exist for bob
        assertThatThrownBy(() -> client(Tokens.bob()).getRun(runs.get(0)))
                .isInstanceOf(MlflowClientException.class).hasMessageContaining("RESOURCE_DOES_NOT_EXIST");
        // the experiment landed in alice's Default project, and logging was audited
        String project = as(Tokens.alice()).get("/api/v1/experiments/" + experiment).then().statusCode(200)
                .extract().path("projectId");
        as(Tokens.alice()).get("/api/v1/projects/" + project).then().body("name", equalTo("Default"));
        as(Tokens.colin()).queryParam("entityId", runs.get(0)).get("/api/v1/audit").then()
                .body("items.action", hasItem("run.log"));
    }

    @Test
    void shouldAnswerMlflowErrorBodiesAndEnforceBatchLimits() {
        String experiment = client(Tokens.alice()).createExperiment(uniqueName("mlflow-limits"));
        String run = client(Tokens.alice()).createRun(experiment).getRunId();
        StringBuilder metrics = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) {
            metrics.append(i == 0 ? "" : ",").append("{\"key\": \"m\", \"value\": ").append(i)
                    .append(", \"timestamp\": 1, \"step\": ").append(i).append('}');
        }
        as(Tokens.alice()).body("{\"run_id\": \"" + run + "\", \"metrics\": " + metrics + "]}")
                .post("/api/2.0/mlflow/runs/log-batch").then().statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER_VALUE"));
        as(Tokens.alice()).queryParam("run_id", "00000000-0000-0000-0000-000000000000")
                .get("/api/2.0/mlflow/runs/get").then().statusCode(404)
                .body("error_code", equalTo("RESOURCE_DOES_NOT_EXIST"));
        as(Tokens.alice()).body("{\"experiment_ids\": [\"" + experiment + "\"], \"filter\": \"metrics.auc >>> 1\"}")
                .post("/api/2.0/mlflow/runs/search").then().statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER_VALUE"));
        as(Tokens.victor()).body("{\"experiment_id\": \"" + experiment + "\"}").post("/api/2.0/mlflow/runs/create")
                .then().statusCode(403).body("error_code", equalTo("PERMISSION_DENIED"));
        as(Tokens.alice()).body("{\"name\": \"" + client(Tokens.alice()).getExperiment(experiment).getName() + "\"}")
                .post("/api/2.0/mlflow/experiments/create").then().statusCode(400)
                .body("error_code", equalTo("RESOURCE_ALREADY_EXISTS"));
    }
}
