package io.charter.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

    @TempDir
    Path repo;

    @Test
    void shouldUseTheDocumentedDefaultPortsAndKeepEverythingUnderData() throws Exception {
        StackConfig config = StackConfig.fromEnvironment(repo, Map.of());

        assertThat(config.postgresPort()).isEqualTo(54320);
        assertThat(config.s3Port()).isEqualTo(9000);
        assertThat(config.keycloakPort()).isEqualTo(8180);
        assertThat(config.keycloakManagementPort()).isEqualTo(8181);
        assertThat(config.uiUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.postgresDataDir()).isEqualTo(repo.resolve("data/postgres"));
        assertThat(config.freshKeycloakRealm()).isFalse();
    }

    @Test
    void shouldTakePortsFromTheEnvironment() throws Exception {
        StackConfig config = StackConfig.fromEnvironment(repo, Map.of("CHARTER_PG_PORT", "15432",
                "CHARTER_HTTP_PORT", "18080"));

        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.uiUrl()).isEqualTo("http://127.0.0.1:18080");
    }

    @Test
    void shouldRejectAPortThatIsNotANumberWithTheVariableName() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(repo, Map.of("CHARTER_S3_PORT", "nine")))
                .isInstanceOf(StackException.class)
                .hasMessage("CHARTER_S3_PORT must be a port number between 1 and 65535, but got 'nine'");
    }

    @Test
    void shouldCreateSecretsOnceOwnerReadableOnlyAndReuseThem() throws Exception {
        StackConfig first = StackConfig.fromEnvironment(repo, Map.of());
        StackConfig second = StackConfig.fromEnvironment(repo, Map.of());

        assertThat(second.clientSecret()).isEqualTo(first.clientSecret()).matches("[A-Za-z0-9]{40}");
        assertThat(second.s3SecretKey()).isEqualTo(first.s3SecretKey()).isNotEqualTo(first.clientSecret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(repo.resolve("data/client-secret"))))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldReuseASecretWrittenByTheScript() throws Exception {
        Files.createDirectories(repo.resolve("data"));
        Files.writeString(repo.resolve("data/client-secret"), "fromTheScript\n");

        assertThat(StackConfig.fromEnvironment(repo, Map.of()).clientSecret()).isEqualTo("fromTheScript");
    }

    @Test
    void shouldGiveTestsDistinctFreePortsAndAThrowAwayDatabase() {
        StackConfig config = StackConfig.forTests(repo, repo.resolve("run"));

        assertThat(config.postgresDataDir()).isNull();
        assertThat(config.freshKeycloakRealm()).isTrue();
        assertThat(java.util.Set.of(config.postgresPort(), config.s3Port(), config.keycloakPort(),
                config.keycloakManagementPort(), config.httpPort())).hasSize(5);
        assertThat(config.withHttpPort(12345).uiUrl()).isEqualTo("http://127.0.0.1:12345");
    }
}
