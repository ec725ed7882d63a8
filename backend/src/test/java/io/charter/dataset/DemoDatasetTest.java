package io.charter.dataset;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.charter.support.Api.as;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestServices.class)
class DemoDatasetTest {

    @Test
    void shouldCreateASyntheticDatasetWithHonestProvenanceAndAFirstVersion() {
        String project = createProject(Tokens.alice(), uniqueName("demo"));
        String dataset = as(Tokens.alice()).body("{\"rows\": 1500, \"bias\": 1.0, \"seed\": 5}")
                .post("/api/v1/projects/" + project + "/datasets/demo").then().statusCode(201)
                .body("dataset.sourceType", equalTo("SYNTHETIC"), "dataset.targetColumn", equalTo("defaulted"),
                        "dataset.knownBiases", containsString("+1.00 log-odds"),
                        "dataset.containsPersonalData", equalTo(false),
                        "version.rowCount", equalTo(1500), "version.columns.name", hasItem("gender"),
                        "version.columns.find { it.name == 'defaulted' }.roles", hasItem("TARGET"))
                .extract().path("dataset.id");
        as(Tokens.alice()).get("/api/v1/datasets/" + dataset + "/versions").then().body("size()", equalTo(1));
    }

    @Test
    void shouldRejectBadDemoParametersAndReaders() {
        String project = createProject(Tokens.alice(), uniqueName("demo-bad"));
        String path = "/api/v1/projects/" + project + "/datasets/demo";
        problem(as(Tokens.alice()).body("{\"rows\": 5}").post(path).then(), 400).body("errors[0].field", equalTo("rows"));
        problem(as(Tokens.alice()).body("{\"bias\": 50}").post(path).then(), 400).body("errors[0].field", equalTo("bias"));
        problem(as(Tokens.victor()).body("{}").post(path).then(), 403);
        problem(as(Tokens.bob()).body("{}").post(path).then(), 404);
        as(Tokens.alice()).get("/api/v1/projects/" + project + "/datasets").then().body("total", equalTo(0));
    }
}
