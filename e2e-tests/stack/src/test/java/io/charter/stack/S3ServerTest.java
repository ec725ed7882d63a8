package io.charter.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// The AWS SDK used here comes with s3proxy (it is s3proxy's own S3 backend), so no extra dependency.
class S3ServerTest {

    private static final String ACCESS = "test-access";
    private static final String SECRET = "test-secret-0123456789";

    @TempDir
    Path dir;
    private S3Server server;

    @BeforeEach
    void start() throws Exception {
        server = S3Server.start(dir, 0, ACCESS, SECRET);
        server.ensureBucket("charter");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldStoreAndReturnAnObjectForASignedClient() throws Exception {
        try (S3Client s3 = client(SECRET)) {
            s3.putObject(b -> b.bucket("charter").key("models/m1.bin"), RequestBody.fromString("weights"));
            String back = s3.getObjectAsBytes(b -> b.bucket("charter").key("models/m1.bin")).asUtf8String();
            assertThat(back).isEqualTo("weights");
        }
        assertThat(dir.resolve("charter")).isDirectory();
    }

    @Test
    void shouldRejectAWrongSecretKey() {
        try (S3Client s3 = client("not-the-secret")) {
            assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("charter")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }

    @Test
    void shouldAnswerAnUnsignedRequestWithAnS3AccessDeniedError() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/charter")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }

    @Test
    void shouldKeepABucketThatAlreadyExists() throws Exception {
        Files.writeString(dir.resolve("charter/kept.txt"), "x");
        server.ensureBucket("charter");
        assertThat(dir.resolve("charter/kept.txt")).exists();
    }

    private S3Client client(String secret) {
        return S3Client.builder()
                .endpointOverride(URI.create(server.endpoint()))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, secret)))
                .build();
    }
}
