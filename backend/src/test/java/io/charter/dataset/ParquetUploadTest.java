package io.charter.dataset;

import static io.charter.dataset.DatasetApiTest.createDataset;
import static io.charter.dataset.DatasetApiTest.sha256;
import static io.charter.support.Api.as;
import static io.charter.support.Api.awaitDone;
import static io.charter.support.Api.createProject;
import static io.charter.support.Api.problem;
import static io.charter.support.Api.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.charter.support.TestServices;
import io.charter.support.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/** Parquet versions: kept as uploaded, read through their canonical CSV; files that are not Parquet refused. */
@QuarkusTest
@QuarkusTestResource(TestServices.class)
class ParquetUploadTest {

    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message loans {
              required int64 id;
              optional double income;
              optional binary region (STRING);
              optional boolean defaulted;
            }""");

    private static byte[] parquet(int rows) throws Exception {
        Path file = Files.createTempFile("loans", ".parquet");
        SimpleGroupFactory factory = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (int i = 0; i < rows; i++) {
                Group g = factory.newGroup().append("id", (long) i);
                if (i % 7 != 0) {
                    g.append("income", 1000.5 * i);
                }
                g.append("region", i % 2 == 0 ? "north" : "=south").append("defaulted", i % 5 == 0);
                writer.write(g);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    @Test
    void shouldStoreAParquetVersionAndInferItsSchema() throws Exception {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("parquet")));
        byte[] bytes = parquet(300);

        String path = "/api/v1/datasets/" + dataset + "/versions";
        RestAssured.given().auth().oauth2(Tokens.alice()).contentType("application/vnd.apache.parquet").body(bytes)
                .post(path).then().statusCode(201)
                .body("id", equalTo(sha256(bytes)))
                .body("format", equalTo("PARQUET"))
                .body("rowCount", equalTo(300))
                .body("columns.name", org.hamcrest.Matchers.contains("id", "income", "region", "defaulted"))
                .body("columns.find { it.name == 'income' }.missing", equalTo(43))
                .body("columns.find { it.name == 'income' }.type", equalTo("NUMERIC"))
                .body("columns.find { it.name == 'defaulted' }.type", equalTo("BOOLEAN"));
        // the same bytes again, as a multipart file: recognised
        RestAssured.given().auth().oauth2(Tokens.alice())
                .multiPart("file", "loans.parquet", bytes, "application/octet-stream")
                .post(path).then().statusCode(200).body("id", equalTo(sha256(bytes)));
        // and it profiles like any version
        var profile = awaitDone(Tokens.alice(), path + "/" + sha256(bytes) + "/profile");
        assertThat(profile.getLong("rows")).isEqualTo(300);
        problem(as(Tokens.bob()).get(path + "/" + sha256(bytes)).then(), 404);
    }

    @Test
    void shouldRefuseFilesThatAreNotParquetAndStoreNothing() throws Exception {
        String dataset = createDataset(Tokens.alice(), createProject(Tokens.alice(), uniqueName("parquet")));
        String path = "/api/v1/datasets/" + dataset + "/versions";
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        problem(RestAssured.given().auth().oauth2(Tokens.alice()).contentType("application/vnd.apache.parquet")
                .body(csv).post(path).then(), 400).body("detail", containsString("Parquet"));
        byte[] truncated = parquet(50);
        truncated = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        problem(RestAssured.given().auth().oauth2(Tokens.alice()).contentType("application/vnd.apache.parquet")
                .body(truncated).post(path).then(), 400).body("detail", containsString("Parquet"));
        problem(RestAssured.given().auth().oauth2(Tokens.alice()).contentType("application/x-excel")
                .body(csv).post(path).then(), 415);
        as(Tokens.alice()).get(path).then().statusCode(200).body("size()", equalTo(0));
    }
}
