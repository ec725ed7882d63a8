package io.charter.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeycloakInstallTest {

    @TempDir
    Path tmp;

    @Test
    void shouldUnpackWithoutTheTopDirectoryAndMakeScriptsExecutable() throws IOException {
        Path zip = zip("keycloak-9.9.9/bin/kc.sh", "keycloak-9.9.9/lib/a.jar");
        KeycloakInstall install = new KeycloakInstall(tmp.resolve("kc"));

        install.ensureUnpacked(zip);

        assertThat(install.kcScript()).exists();
        assertThat(Files.isExecutable(install.kcScript())).isTrue();
        assertThat(Files.isExecutable(tmp.resolve("kc/lib/a.jar"))).isFalse();
    }

    @Test
    void shouldKeepKeycloakDataButReplaceTheDistributionWhenTheZipChanges() throws IOException {
        KeycloakInstall install = new KeycloakInstall(tmp.resolve("kc"));
        install.ensureUnpacked(zip("kc-1/lib/old.jar"));
        Files.createDirectories(tmp.resolve("kc/data/h2"));
        Files.writeString(tmp.resolve("kc/data/h2/keycloakdb.mv.db"), "realm");

        Path newer = zip("kc-2/lib/new.jar");
        Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.fromMillis(123_000));
        install.ensureUnpacked(newer);

        assertThat(tmp.resolve("kc/lib/old.jar")).doesNotExist();
        assertThat(tmp.resolve("kc/lib/new.jar")).exists();
        assertThat(tmp.resolve("kc/data/h2/keycloakdb.mv.db")).hasContent("realm");
    }

    @Test
    void shouldRefuseAZipEntryLeavingTheInstallDirectory() throws IOException {
        Path zip = zip("kc/../../evil.sh");
        assertThatThrownBy(() -> new KeycloakInstall(tmp.resolve("kc")).ensureUnpacked(zip))
                .isInstanceOf(StackException.class).hasMessageContaining("outside");
    }

    @Test
    void shouldFillEveryPlaceholderOfTheRealmFileAndLeaveKeycloakMessageKeysAlone() throws IOException {
        Path template = StackConfig.findRepoRoot().resolve(StackConfig.REALM_TEMPLATE);
        KeycloakInstall install = new KeycloakInstall(tmp.resolve("kc"));

        install.writeRealmImport(template, Map.of(
                "CHARTER_UI_URL", "http://127.0.0.1:8080", "CHARTER_CLIENT_SECRET", "s3cr3t"));

        String json = Files.readString(tmp.resolve("kc/data/import/charter-realm.json"));
        assertThat(json).doesNotContain("${CHARTER_")
                .contains("\"secret\": \"s3cr3t\"")
                .contains("\"http://127.0.0.1:8080/*\"")
                .contains("${username}");
    }

    @Test
    void shouldFailOnAnUnknownCharterPlaceholder() {
        assertThatThrownBy(() -> KeycloakInstall.replacePlaceholders("${CHARTER_NOPE}", Map.of()))
                .isInstanceOf(StackException.class).hasMessageContaining("CHARTER_NOPE");
    }

    private Path zip(String... entries) throws IOException {
        Path zip = Files.createTempFile(tmp, "dist", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : entries) {
                out.putNextEntry(new ZipEntry(name));
                out.write(name.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
