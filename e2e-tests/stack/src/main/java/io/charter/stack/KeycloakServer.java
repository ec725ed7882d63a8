package io.charter.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the Maven distribution, {@code start-dev} mode) run as a child process.
 *
 * <p>Why a child process: Keycloak is a Quarkus application with its own class path and
 * augmentation step; it cannot share a JVM with the launcher. Why {@code start-dev}: it needs no
 * TLS and keeps its realms in an embedded H2 file ({@code data/h2}), so a persistent install
 * imports the realm once and a fresh install (or {@link Settings#freshRealm()}) imports it again.
 * It listens on 127.0.0.1 only and its issuer is pinned with {@code --hostname}, so tokens carry
 * the same {@code iss} whichever address a caller used.
 */
public final class KeycloakServer implements AutoCloseable {

    /** Keycloak's first start includes a one-time build (30-100 s on two busy cores). */
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(240);
    public static final String ADMIN_USER = "admin";

    /**
     * Everything one Keycloak needs.
     *
     * @param distZip        {@code keycloak-quarkus-dist} zip to unpack
     * @param installDir     where it is unpacked (kept between runs)
     * @param realmTemplate  realm JSON with {@code ${CHARTER_UI_URL}} and {@code ${CHARTER_CLIENT_SECRET}}
     * @param uiUrl          Charter's own base URL, for redirect URIs, e.g. {@code http://127.0.0.1:8080}
     * @param clientSecret   secret of the confidential client {@code charter-server}
     * @param httpPort       Keycloak's HTTP port on 127.0.0.1
     * @param managementPort port of the health endpoints
     * @param adminPassword  password of the master-realm {@code admin}, set on the very first start only
     * @param freshRealm     forget earlier realms so the template is imported again
     * @param logFile        Keycloak's console output
     */
    public record Settings(Path distZip, Path installDir, Path realmTemplate, String uiUrl,
                           String clientSecret, int httpPort, int managementPort, String adminPassword,
                           boolean freshRealm, Path logFile) {
    }

    private final Settings settings;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KeycloakServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
    }

    /** Launches Keycloak and waits until it reports ready. */
    public static KeycloakServer start(Settings settings) throws IOException {
        return launch(settings).awaitReady(DEFAULT_READY_TIMEOUT);
    }

    /** Prepares the install and launches Keycloak without waiting, so other services can start meanwhile. */
    public static KeycloakServer launch(Settings settings) throws IOException {
        KeycloakInstall install = new KeycloakInstall(settings.installDir());
        install.ensureUnpacked(settings.distZip());
        KeycloakProcesses.stopLeftover(install.dir());
        if (settings.freshRealm()) {
            install.resetData();
        }
        install.writeRealmImport(settings.realmTemplate(), Map.of(
                "CHARTER_UI_URL", settings.uiUrl(),
                "CHARTER_CLIENT_SECRET", settings.clientSecret()));
        Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(command(install, settings))
                .directory(install.dir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(settings.logFile().toFile()));
        KeycloakProcesses.prepareEnvironment(pb.environment(), settings.adminPassword());
        Process process = pb.start();
        KeycloakProcesses.rememberPid(install.dir(), process);
        return new KeycloakServer(settings, process);
    }

    private static List<String> command(KeycloakInstall install, Settings s) {
        String base = "http://127.0.0.1:" + s.httpPort();
        return List.of(install.kcScript().toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + s.httpPort(),
                "--http-management-port=" + s.managementPort(), "--health-enabled=true",
                "--hostname=" + base);
    }

    /**
     * Polls {@code /health/ready} on the management port until it answers UP.
     *
     * @throws StackException when Keycloak exits or the timeout passes, with the end of its log
     */
    public KeycloakServer awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create("http://127.0.0.1:" + settings.managementPort() + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. End of " + settings.logFile() + ":\n" + logTail());
            }
            if (answersUp(ready)) {
                return this;
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new StackException("Keycloak was not ready after " + timeout.toSeconds() + " s. End of "
                + settings.logFile() + ":\n" + logTail());
    }

    private boolean answersUp(URI uri) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for Keycloak", e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(settings.logFile());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8180}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    /** Issuer URL of a realm, e.g. {@code http://127.0.0.1:8180/realms/charter}. */
    public String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** Process id of the launcher script (Keycloak's JVM is its child). */
    public long pid() {
        return process.pid();
    }

    /** Stops Keycloak and every process it started: TERM first, KILL after 30 s. */
    public void stop() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        KeycloakProcesses.terminate(tree, Duration.ofSeconds(30));
        KeycloakProcesses.forgetPid(settings.installDir().toAbsolutePath());
    }

    @Override
    public void close() {
        stop();
    }

    static void sleep(Duration d) {
        try {
            TimeUnit.MILLISECONDS.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
