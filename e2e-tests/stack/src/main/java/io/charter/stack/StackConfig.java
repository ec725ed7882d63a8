package io.charter.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data, which ports it uses and which secrets it hands out.
 *
 * <p>Two shapes: {@link #fromEnvironment} for {@code ./charter up} (fixed ports, everything kept
 * under {@code data/}) and {@link #forTests} for end-to-end tests (free ports, a throw-away
 * database and object store, a fresh realm). Both use the same {@link Stack} code.
 *
 * @param dataDir                holds the lock, the env file and the logs
 * @param postgresDataDir        PostgreSQL's data directory, or {@code null} for a throw-away one
 * @param s3Dir                  one sub-directory per bucket
 * @param keycloakInstallDir     unpacked Keycloak (and its H2 database in {@code data/h2})
 * @param freshKeycloakRealm     forget Keycloak's realms before starting, so the realm file is imported
 * @param keycloakDist           the {@code keycloak-quarkus-dist} zip
 * @param realmTemplate          realm JSON with {@code ${CHARTER_UI_URL}} and {@code ${CHARTER_CLIENT_SECRET}}
 * @param postgresPort           PostgreSQL's port on 127.0.0.1
 * @param s3Port                 the S3 server's port
 * @param keycloakPort           Keycloak's HTTP port
 * @param keycloakManagementPort Keycloak's health port
 * @param httpPort               the Charter server's port (only used to build its URL for redirects)
 * @param clientSecret           secret of the Keycloak client {@code charter-server}
 * @param s3AccessKey            the S3 access key id
 * @param s3SecretKey            the S3 secret key
 * @param s3Bucket               bucket created at start
 * @param keycloakAdminPassword  master-realm {@code admin} password (set on Keycloak's first start only)
 */
public record StackConfig(Path dataDir, Path postgresDataDir, Path s3Dir, Path keycloakInstallDir,
                          boolean freshKeycloakRealm, Path keycloakDist, Path realmTemplate,
                          int postgresPort, int s3Port, int keycloakPort, int keycloakManagementPort,
                          int httpPort, String clientSecret, String s3AccessKey, String s3SecretKey,
                          String s3Bucket, String keycloakAdminPassword) {

    public static final String REALM = "charter";
    public static final String DEFAULT_BUCKET = "charter";
    public static final String DEFAULT_S3_ACCESS_KEY = "charter";

    /** Path of the realm template inside the repository. */
    public static final String REALM_TEMPLATE = "docker/keycloak/charter-realm.json";
    /** Path of the Keycloak zip that the charter-stack build copies. */
    public static final String KEYCLOAK_DIST = "e2e-tests/stack/target/dist/keycloak-quarkus-dist.zip";

    /**
     * The developer stack: data under {@code <repo>/data} (or {@code CHARTER_DATA_DIR}), ports from
     * {@code CHARTER_PG_PORT} (54320), {@code CHARTER_S3_PORT} (9000), {@code CHARTER_KEYCLOAK_PORT}
     * (8180), {@code CHARTER_KEYCLOAK_MGMT_PORT} (8181), {@code CHARTER_HTTP_PORT} (8080); secrets
     * read from (or created in) files under the data directory.
     */
    public static StackConfig fromEnvironment(Path repoRoot, Map<String, String> env) throws IOException {
        Path data = dataDir(repoRoot, env);
        return new StackConfig(data, data.resolve("postgres"), data.resolve("s3"), data.resolve("keycloak"),
                false, repoRoot.resolve(KEYCLOAK_DIST), repoRoot.resolve(REALM_TEMPLATE),
                port(env, "CHARTER_PG_PORT", 54320), port(env, "CHARTER_S3_PORT", 9000),
                port(env, "CHARTER_KEYCLOAK_PORT", 8180), port(env, "CHARTER_KEYCLOAK_MGMT_PORT", 8181),
                port(env, "CHARTER_HTTP_PORT", 8080),
                Secrets.readOrCreate(data.resolve("client-secret")),
                DEFAULT_S3_ACCESS_KEY, Secrets.readOrCreate(data.resolve("s3-secret-key")),
                DEFAULT_BUCKET, Secrets.readOrCreate(data.resolve("keycloak-admin-password")));
    }

    /** The developer data directory: {@code <repo>/data}, or {@code CHARTER_DATA_DIR} (relative to the repo). */
    public static Path dataDir(Path repoRoot, Map<String, String> env) {
        return repoRoot.resolve(env.getOrDefault("CHARTER_DATA_DIR", "data"));
    }

    /** The lock file a running stack holds in its data directory. */
    public static Path lockFile(Path dataDir) {
        return dataDir.resolve(".lock");
    }

    /**
     * A stack for one test run: free ports, data in {@code tempDir}, a throw-away database, and a
     * fresh realm. The Keycloak install is shared under {@code e2e-tests/stack/target/} so its
     * one-time build (about half of a first start) is paid once per checkout, not per run.
     */
    public static StackConfig forTests(Path repoRoot, Path tempDir) {
        int[] ports = distinctFreePorts(5);
        return new StackConfig(tempDir, null, tempDir.resolve("s3"),
                repoRoot.resolve("e2e-tests/stack/target/keycloak-test"), true,
                repoRoot.resolve(KEYCLOAK_DIST), repoRoot.resolve(REALM_TEMPLATE),
                ports[0], ports[1], ports[2], ports[3], ports[4],
                Secrets.random(40), DEFAULT_S3_ACCESS_KEY, Secrets.random(40), DEFAULT_BUCKET,
                Secrets.random(20));
    }

    /** The same configuration for a Charter server on another port (redirect URIs follow it). */
    public StackConfig withHttpPort(int port) {
        return new StackConfig(dataDir, postgresDataDir, s3Dir, keycloakInstallDir, freshKeycloakRealm,
                keycloakDist, realmTemplate, postgresPort, s3Port, keycloakPort, keycloakManagementPort,
                port, clientSecret, s3AccessKey, s3SecretKey, s3Bucket, keycloakAdminPassword);
    }

    /**
     * The repository root: the nearest directory, from the working directory upwards, holding
     * {@link #REALM_TEMPLATE}. Maven runs tests in the module directory, {@code ./charter} at the root.
     */
    public static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(REALM_TEMPLATE))) {
                return p;
            }
        }
        throw new StackException("Cannot find the Charter repository (no " + REALM_TEMPLATE
                + " in " + dir + " or above)");
    }

    /** Charter's own base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String uiUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Free ports that are also distinct: each socket stays open until all are chosen. */
    private static int[] distinctFreePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(StackConfig::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // the port is released with the socket either way
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(name + " must be a port number between 1 and 65535, but got '" + value + "'");
    }
}
