package io.charter.dataset;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static io.charter.support.Api.as;
import static io.charter.support.Api.charterJson;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(TestServices.class)
class DatasetApiTest {

    static final String CSV = """
            customer_id,age,income,gender,signup,defaulted
            c1,34,52000.5,female,2024-01-03,true
            c2,45,61000,male,2024-02-11,false
            c3,29,,female,2024-03-09,false
            c4,51,73000.25,male,2024-04-30,true
            """;

    static String datasetJson(String name) {
        return """
                {"name": "%s", "description": "loan book extract", "sourceType": "INTERNAL",
                 "origin": "core banking", "collectionMethod": "nightly export", "licence": "internal",
                 "knownBiases": "under-represents young applicants", "containsPersonalData": true,
                 "targetColumn": "defaulted", "typeOverrides": {"customer_id": "ID"}}
                """.formatted(name);
    }

    static String createDataset(String token, String projectId) {
        return as(token).body(datasetJson(uniqueName("loans"))).post("/api/v1/projects/" + projectId + "/datasets")
                .then().statusCode(201).extract().path("id");
    }

    static RequestSpecification csv(String token) {
        return RestAssured.given().auth().oauth2(token).contentType("text/csv");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void shouldCreateUpdateAndListDatasetsWithProvenance() {
        String project = createProject(Tokens.alice(), uniqueName("data"));
        String name = uniqueName("loans");
        String id = as(Tokens.alice()).body(datasetJson(name)).post("/api/v1/projects/" + project + "/datasets")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("name", equalTo(name), "sourceType", equalTo("INTERNAL"), "containsPersonalData", equalTo(true),
                        "owner", equalTo("alice"), "typeOverrides.customer_id", equalTo("ID"))
                .extract().path("id");
        as(Tokens.alice()).header("If-Match", "\"0\"").body(datasetJson(name).replace("nightly export", "weekly"))
                .put("/api/v1/datasets/" + id).then().statusCode(200).body("collectionMethod", equalTo("weekly"));
        as(Tokens.victor()).get("/api/v1/projects/" + project + "/datasets").then().statusCode(200)
                .body("total", equalTo(1), "items[0].id", equalTo(id));
        problem(as(Tokens.alice()).body(datasetJson(name.toUpperCase())).post("/api/v1/projects/" + project
                + "/datasets").then(), 409).body("errors[0].field", equalTo("name"));
        problem(as(Tokens.alice()).body(datasetJson("x").replace("INTERNAL", "STOLEN"))
                .post("/api/v1/projects/" + project + "/datasets").then(), 400)
                .body("errors[0].field", equalTo("sourceType"));
        problem(as(Tokens.victor()).body(datasetJson("v")).post("/api/v1/projects/" + project + "/datasets").then(), 403);
    }

    @Test
    void shouldStoreAVersionUnderItsSha256AndRecogniseTheSameBytes() throws Exception {
        String project = createProject(Tokens.alice(), uniqueName("upload"));
        as(Tokens.alice()).body(charterJson("LIMITED")).put("/api/v1/projects/" + project + "/charter").then()
                .statusCode(200);
        String dataset = createDataset(Tokens.alice(), project);
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);

        csv(Tokens.alice()).body(bytes).post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201)
                .header("Location", containsString(sha))
                .body("id", equalTo(sha), "rowCount", equalTo(4), "sizeBytes", equalTo(bytes.length),
                        "origin", equalTo("UPLOADED"), "uploadedBy", equalTo("alice"),
                        "columns.name", org.hamcrest.Matchers.contains("customer_id", "age", "income", "gender",
                                "signup", "defaulted"),
                        "columns[1].type", equalTo("INTEGER"), "columns[2].type", equalTo("NUMERIC"),
                        "columns[2].missing", equalTo(1), "columns[4].type", equalTo("DATETIME"),
                        "columns[5].type", equalTo("BOOLEAN"), "columns[5].roles", hasItem("TARGET"),
                        "columns[3].roles", hasItem("PROTECTED"), "columns[0].type", equalTo("ID"));
        csv(Tokens.alice()).body(bytes).post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(200)
                .body("id", equalTo(sha));
        as(Tokens.alice()).get("/api/v1/datasets/" + dataset + "/versions").then().body("", hasSize(1));
        as(Tokens.alice()).get("/api/v1/datasets/" + dataset + "/versions/" + sha).then().statusCode(200)
                .body("rowCount", equalTo(4));

        Path stored = s3Objects().filter(p -> p.toString().contains(dataset + "/" + sha)).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(stored)).isEqualTo(bytes);
        assertThat(stored.toString()).contains("acme/" + project + "/datasets/" + dataset + "/" + sha + "/data.csv");

        as(Tokens.colin()).queryParam("entityId", sha).get("/api/v1/audit").then()
                .body("items.action", hasItem("dataset.version.create"));
    }

    @Test
    void shouldAcceptMultipartUploadAndOtherDelimiters() throws Exception {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("multipart")));
        byte[] semicolons = CSV.replace(',', ';').getBytes(StandardCharsets.UTF_8);
        RestAssured.given().auth().oauth2(Tokens.alice())
                .multiPart("file", "loans.csv", semicolons, "text/csv").multiPart("delimiter", ";")
                .post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201)
                .body("id", equalTo(sha256(semicolons)), "columns", hasSize(6));
        problem(csv(Tokens.alice()).queryParam("delimiter", "ab").body(CSV).post("/api/v1/datasets/" + dataset
                + "/versions").then(), 400).body("errors[0].field", equalTo("delimiter"));
    }

    @Test
    void shouldRejectMalformedFilesNamingRowAndColumnAndStoreNothing() throws IOException {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("bad")));
        String path = "/api/v1/datasets/" + dataset + "/versions";
        long objectsBefore = s3Objects().count();

        problem(csv(Tokens.alice()).body("a,b\n1,2\n3\n").post(path).then(), 400)
                .body("errors[0].field", containsString("row 2"));
        problem(csv(Tokens.alice()).body("a,b\n1,\"open\n2,3\n").post(path).then(), 400)
                .body("detail", containsString("row"));
        problem(csv(Tokens.alice()).body(new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'})
                .post(path).then(), 400).body("detail", containsString("UTF-8"));
        problem(csv(Tokens.alice()).body(new byte[0]).post(path).then(), 400).body("detail", containsString("empty"));
        problem(csv(Tokens.alice()).body("a,b\n").post(path).then(), 400);
        problem(csv(Tokens.alice()).body("a,b,a\n1,2,3\n").post(path).then(), 400)
                .body("detail", containsString("column 3"));
        problem(csv(Tokens.alice()).body("a,,c\n1,2,3\n").post(path).then(), 400)
                .body("errors[0].field", containsString("column 2"));
        problem(RestAssured.given().auth().oauth2(Tokens.alice()).contentType("application/pdf").body("%PDF".getBytes(StandardCharsets.UTF_8))
                .post(path).then(), 415);

        as(Tokens.alice()).get(path).then().body("", hasSize(0));
        assertThat(s3Objects().count()).isEqualTo(objectsBefore);
    }

    @Test
    void shouldAnswer413ForUploadsOverTheLimitWhileStreaming() throws IOException {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("big")));
        String path = "/api/v1/datasets/" + dataset + "/versions";
        StringBuilder big = new StringBuilder("a,b\n");
        while (big.length() < 1_200_000) {
            big.append("123456789,987654321\n");
        }
        byte[] bytes = big.toString().getBytes(StandardCharsets.UTF_8);
        problem(csv(Tokens.alice()).body(bytes).post(path).then(), 413);
        // without Content-Length (chunked): cut off while the bytes arrive
        problem(csv(Tokens.alice()).body(new ByteArrayInputStream(bytes)).post(path).then(), 413);
        as(Tokens.alice()).get(path).then().body("", hasSize(0));
    }

    @Test
    void anotherTenantCannotSeeOrWriteDatasetsOrVersions() throws Exception {
        String project = createProject(Tokens.alice(), uniqueName("private"));
        String dataset = createDataset(Tokens.alice(), project);
        String sha = csv(Tokens.alice()).body(CSV).post("/api/v1/datasets/" + dataset + "/versions").then()
                .statusCode(201).extract().path("id");
        long objects = s3Objects().count();

        problem(as(Tokens.bob()).get("/api/v1/projects/" + project + "/datasets").then(), 404);
        problem(as(Tokens.bob()).body(datasetJson("x")).post("/api/v1/projects/" + project + "/datasets").then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/datasets/" + dataset).then(), 404);
        problem(as(Tokens.bob()).header("If-Match", "\"0\"").body(datasetJson("x")).put("/api/v1/datasets/" + dataset)
                .then(), 404);
        problem(as(Tokens.bob()).delete("/api/v1/datasets/" + dataset).then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/datasets/" + dataset + "/versions").then(), 404);
        problem(as(Tokens.bob()).get("/api/v1/datasets/" + dataset + "/versions/" + sha).then(), 404);
        problem(csv(Tokens.bob()).body("x,y\n1,2\n").post("/api/v1/datasets/" + dataset + "/versions").then(), 404);
        assertThat(s3Objects().count()).isEqualTo(objects);
        as(Tokens.alice()).get("/api/v1/datasets/" + dataset + "/versions").then().body("", hasSize(1));
    }

    @Test
    void deletingADatasetRemovesItsVersionsAndFiles() throws Exception {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("delete")));
        String sha = csv(Tokens.alice()).body(CSV + "c5,60,1,male,2024-05-01,false\n")
                .post("/api/v1/datasets/" + dataset + "/versions").then().statusCode(201).extract().path("id");
        assertThat(s3Objects().anyMatch(p -> p.toString().contains(dataset + "/" + sha))).isTrue();
        as(Tokens.alice()).delete("/api/v1/datasets/" + dataset).then().statusCode(204);
        problem(as(Tokens.alice()).get("/api/v1/datasets/" + dataset).then(), 404);
        assertThat(s3Objects().anyMatch(p -> p.toString().contains(dataset + "/" + sha))).isFalse();
    }

    private static Stream<Path> s3Objects() throws IOException {
        Path root = Path.of(System.getProperty(TestServices.S3_DIR_PROPERTY));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith("data.csv")).toList().stream();
        }
    }
}
