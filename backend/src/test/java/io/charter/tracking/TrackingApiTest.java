package io.charter.tracking;

import static io.charter.support.Api.as;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.charter.support.TestServices;
import io.charter.tracking.service.RunUpdates;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Charter's own tracking API: experiments per project, run search and paging, roles, tenants. */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class TrackingApiTest {

    @Inject
    RunUpdates updates;

    @Test
    void shouldSearchSortAndPageRunsOfAnExperiment() {
        String project = createProject(Tokens.alice(), uniqueName("tracking"));
        String experiment = as(Tokens.alice()).body("{\"name\": \"" + uniqueName("exp") + "\"}")
                .post("/api/v1/projects/" + project + "/experiments").then().statusCode(201).extract().path("id");
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String run = as(Tokens.alice()).body("{\"name\": \"run" + i + "\"}")
                    .post("/api/v1/experiments/" + experiment + "/runs").then().statusCode(201).extract().path("id");
            runs.add(run);
            as(Tokens.alice()).body("{\"metrics\": [{\"key\": \"auc\", \"value\": " + (0.5 + i * 0.05)
                            + ", \"timestamp\": 1, \"step\": 0}], \"params\": {\"depth\": \"" + (i % 3) + "\"}, "
                            + "\"tags\": {\"kind\": \"" + (i % 2 == 0 ? "even" : "odd") + "\"}}")
                    .post("/api/v1/runs/" + run + "/log").then().statusCode(204);
        }
        String runsPath = "/api/v1/experiments/" + experiment + "/runs";
        as(Tokens.victor()).queryParam("filter", "metrics.auc >= 0.7 and tags.kind = 'even'")
                .queryParam("orderBy", "metrics.auc DESC").get(runsPath).then().statusCode(200)
                .body("runs.name", equalTo(List.of("run6", "run4")));

        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            var page = as(Tokens.victor()).queryParam("maxResults", 3).queryParam("orderBy", "params.depth")
                    .queryParam("pageToken", token == null ? "" : token).get(runsPath).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("runs.id"));
            token = page.getString("nextPageToken");
            pages++;
        } while (token != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(runs);
        assertThat(pages).isEqualTo(3);

        as(Tokens.alice()).body("{\"status\": \"FINISHED\"}").patch("/api/v1/runs/" + runs.get(0)).then()
                .statusCode(200).body("status", equalTo("FINISHED")).body("endTime", notNullValue());
        as(Tokens.alice()).get("/api/v1/runs/" + runs.get(1)).then().body("params.depth", equalTo("1"))
                .body("metrics.auc.value", equalTo(0.55f)).body("lineage.jobId", nullValue());
        as(Tokens.alice()).body("{\"metrics\": [{\"key\": \"auc\", \"value\": 0.9, \"timestamp\": 2, \"step\": 1}]}")
                .post("/api/v1/runs/" + runs.get(1) + "/log").then().statusCode(204);
        as(Tokens.alice()).get("/api/v1/runs/" + runs.get(1) + "/metrics/auc").then().body("$", hasSize(2))
                .body("step", equalTo(List.of(0, 1)));
        as(Tokens.colin()).queryParam("entityId", runs.get(1)).get("/api/v1/audit").then()
                .body("items.action", hasItem("run.log"));
    }

    @Test
    void shouldNotifyWatchersOfARunAfterEachCommittedChangeUntilTheyUnsubscribe() throws InterruptedException {
        String project = createProject(Tokens.alice(), uniqueName("tracking"));
        String experiment = as(Tokens.alice()).body("{\"name\": \"" + uniqueName("exp") + "\"}")
                .post("/api/v1/projects/" + project + "/experiments").then().statusCode(201).extract().path("id");
        String run = as(Tokens.alice()).body("{}").post("/api/v1/experiments/" + experiment + "/runs").then()
                .statusCode(201).extract().path("id");
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        String point = "{\"metrics\": [{\"key\": \"loss\", \"value\": 0.5, \"timestamp\": 1, \"step\": 0}]}";
        try (RunUpdates.Subscription ignored = updates.subscribe(UUID.fromString(run), () -> seen.add("logged"))) {
            as(Tokens.alice()).body(point).post("/api/v1/runs/" + run + "/log").then().statusCode(204);
            assertThat(seen.poll(30, TimeUnit.SECONDS)).isEqualTo("logged");
            as(Tokens.alice()).body("{\"status\": \"FINISHED\"}").patch("/api/v1/runs/" + run).then().statusCode(200);
            assertThat(seen.poll(30, TimeUnit.SECONDS)).isEqualTo("logged");
            // a refused batch changes nothing and notifies nobody
            as(Tokens.victor()).body(point).post("/api/v1/runs/" + run + "/log").then().statusCode(403);
        }
        as(Tokens.alice()).body(point).post("/api/v1/runs/" + run + "/log").then().statusCode(204);
        // delivery is ordered on one thread: a marker subscribed now arrives after anything still pending
        CountDownLatch drained = new CountDownLatch(1);
        try (RunUpdates.Subscription marker = updates.subscribe(UUID.fromString(run), drained::countDown)) {
            as(Tokens.alice()).body(point.replace("\"step\": 0", "\"step\": 1")).post("/api/v1/runs/" + run + "/log")
                    .then().statusCode(204);
            assertThat(drained.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void shouldRefuseBadInputWrongRolesAndOtherTenants() {
        String project = createProject(Tokens.alice(), uniqueName("tracking"));
        String experiment = as(Tokens.alice()).body("{\"name\": \"" + uniqueName("exp") + "\"}")
                .post("/api/v1/projects/" + project + "/experiments").then().statusCode(201).extract().path("id");
        String run = as(Tokens.alice()).body("{}").post("/api/v1/experiments/" + experiment + "/runs").then()
                .statusCode(201).extract().path("id");
        problem(as(Tokens.alice()).queryParam("filter", "metrics.auc >>> 1")
                .get("/api/v1/experiments/" + experiment + "/runs").then(), 400).body("errors.field", hasItem("filter"));
        problem(as(Tokens.alice()).body("{\"params\": {\"\": \"x\"}}").post("/api/v1/runs/" + run + "/log").then(), 400);
        as(Tokens.alice()).body("{\"params\": {\"lr\": \"0.1\"}}").post("/api/v1/runs/" + run + "/log").then()
                .statusCode(204);
        problem(as(Tokens.alice()).body("{\"params\": {\"lr\": \"0.2\"}}").post("/api/v1/runs/" + run + "/log").then(),
                400).body("errors.field", hasItem("params.lr"));
        String twice = "{\"name\": \"" + uniqueName("twice") + "\"}";
        as(Tokens.alice()).body(twice).post("/api/v1/projects/" + project + "/experiments").then().statusCode(201);
        problem(as(Tokens.alice()).body(twice).post("/api/v1/projects/" + project + "/experiments").then(), 409)
                .body("errors.field", hasItem("name"));
        problem(as(Tokens.victor()).body("{}").post("/api/v1/experiments/" + experiment + "/runs").then(), 403);
        problem(as(Tokens.colin()).body("{\"metrics\": []}").post("/api/v1/runs/" + run + "/log").then(), 403);
        problem(as(Tokens.bob()).get("/api/v1/experiments/" + experiment).then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/experiments/" + experiment + "/runs").then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/runs/" + run).then(), 404);
        problem(as(Tokens.bob()).body("{\"metrics\": []}").post("/api/v1/runs/" + run + "/log").then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/projects/" + project + "/experiments").then(), 404);
    }
}
