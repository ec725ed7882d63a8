package io.charter.audit;

import io.charter.project.service.ProjectCommand;
import io.charter.project.service.ProjectService;
import io.charter.project.domain.TaskType;
import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.charter.stack.EmbeddedDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.charter.support.Api.as;
import static io.charter.support.Api.charterJson;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Runs in its own tenant ("audited") so that counting and tampering do not disturb the other
 * tests' tenants, which share the database.
 */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class AuditTrailTest {

    private static final String TENANT = "audited";

    @Inject
    ProjectService projects;

    private static String writer() {
        return Tokens.of("ada", TENANT, "data-scientist");
    }

    private static String auditor() {
        return Tokens.of("otto", TENANT, "compliance-officer");
    }

    private static long total() {
        return ((Number) as(auditor()).get("/api/v1/audit").then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void everyMutationWritesExactlyOneChainedEvent() {
        long before = total();
        String id = createProject(writer(), uniqueName("audited"));
        as(writer()).header("If-Match", "\"0\"").body(io.charter.support.Api.projectJson(uniqueName("renamed")))
                .put("/api/v1/projects/" + id).then().statusCode(200);
        as(writer()).body(charterJson("LIMITED")).put("/api/v1/projects/" + id + "/charter").then().statusCode(200);
        as(auditor()).post("/api/v1/projects/" + id + "/charter/approve").then().statusCode(200);
        // failed writes leave no event
        problem(as(writer()).header("If-Match", "\"0\"").body(io.charter.support.Api.projectJson(uniqueName("x")))
                .put("/api/v1/projects/" + id).then(), 412);
        problem(as(writer()).body("{}").post("/api/v1/projects").then(), 400);
        as(writer()).delete("/api/v1/projects/" + id).then().statusCode(204);

        assertThat(total()).isEqualTo(before + 5);
        as(auditor()).queryParam("entityId", id).queryParam("sort", "seq,asc").get("/api/v1/audit").then()
                .body("items", hasSize(5))
                .body("items.action", org.hamcrest.Matchers.contains("project.create", "project.update",
                        "charter.create", "charter.approve", "project.delete"))
                .body("items[0].actor", equalTo("ada"), "items[3].actor", equalTo("otto"))
                .body("items[0].payloadSha256", matchesPattern("[0-9a-f]{64}"))
                .body("items[1].prevHash", equalTo(as(auditor()).queryParam("entityId", id)
                        .queryParam("sort", "seq,asc").get("/api/v1/audit").then().extract().path("items[0].hash")));
        as(auditor()).queryParam("actor", "otto").queryParam("entityType", "EthicsCharter").get("/api/v1/audit")
                .then().body("items.action", org.hamcrest.Matchers.everyItem(equalTo("charter.approve")));
        as(auditor()).get("/api/v1/audit/verify").then().body("intact", equalTo(true), "events", equalTo((int) total()));
    }

    @Test
    @TestSecurity(user = "ada", roles = "data-scientist")
    @OidcSecurity(claims = {@Claim(key = "tenant", value = TENANT), @Claim(key = "preferred_username", value = "ada")})
    void rolledBackChangeLeavesNoEvent() {
        long events = countRows("audit_event");
        long projectsBefore = countRows("project");
        QuarkusTransaction.begin();
        projects.create(new ProjectCommand(uniqueName("rollback"), "p", null, TaskType.REGRESSION, null, null, null,
                null, null, null, null, null));
        QuarkusTransaction.rollback();
        assertThat(countRows("audit_event")).isEqualTo(events);
        assertThat(countRows("project")).isEqualTo(projectsBefore);
    }

    @Test
    void concurrentWritersProduceOneGapFreeChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String name = uniqueName("concurrent");
            writes.add(() -> as(writer()).body(io.charter.support.Api.projectJson(name)).post("/api/v1/projects")
                    .statusCode());
        }
        for (Future<Integer> f : pool.invokeAll(writes)) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        as(auditor()).get("/api/v1/audit/verify").then().body("intact", equalTo(true), "events", equalTo((int) total()));
        try (Connection c = owner(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*), min(seq), max(seq) FROM audit_event WHERE tenant_id = '"
                    + TENANT + "'");
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(1);
            assertThat(rs.getLong(3)).isEqualTo(rs.getLong(1));
        }
    }

    @Test
    void databaseRefusesUpdateDeleteAndTruncateEvenForTheOwner() throws SQLException {
        createProject(writer(), uniqueName("immutable"));
        for (String sql : List.of("UPDATE audit_event SET actor_name = 'mallory'", "DELETE FROM audit_event",
                "TRUNCATE audit_event")) {
            try (Connection c = owner(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.execute(sql)).hasMessageContaining("append-only");
            }
            try (Connection c = app(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.execute(sql)).isInstanceOf(SQLException.class);
            }
        }
        try (Connection c = app(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("ALTER TABLE audit_event DISABLE TRIGGER USER"))
                    .hasMessageContaining("owner");
        }
    }

    @Test
    void tamperingThroughSqlIsReportedAtItsSequence() throws SQLException {
        String tenant = "tampered";
        String writer = Tokens.of("tim", tenant, "data-scientist");
        for (int i = 0; i < 4; i++) {
            createProject(writer, uniqueName("tamper"));
        }
        String admin = Tokens.of("tess", tenant, "tenant-admin");
        as(admin).get("/api/v1/audit/verify").then().body("intact", equalTo(true), "events", equalTo(4));
        try (Connection c = owner(); Statement st = c.createStatement()) {
            // only the owner (the migration role) can lift the triggers; the server's role cannot
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            st.execute("UPDATE audit_event SET actor_name = 'mallory' WHERE tenant_id = '" + tenant + "' AND seq = 3");
            st.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
        }
        as(admin).get("/api/v1/audit/verify").then()
                .body("intact", equalTo(false), "firstBrokenSeq", equalTo(3), "events", equalTo(2));
        // other tenants' chains are unaffected
        as(auditor()).get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    private static long countRows(String table) {
        try (Connection c = owner(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM " + table + " WHERE tenant_id = '" + TENANT + "'");
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(System.getProperty(TestServices.JDBC_URL_PROPERTY),
                EmbeddedDatabase.OWNER_USER, EmbeddedDatabase.OWNER_PASSWORD);
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(System.getProperty(TestServices.JDBC_URL_PROPERTY),
                EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD);
    }
}
