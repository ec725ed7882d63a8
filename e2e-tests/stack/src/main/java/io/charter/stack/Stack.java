package io.charter.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services Charter runs on — PostgreSQL, an S3 server and Keycloak — started together.
 *
 * <p>Why one class for both {@code ./charter up} and the end-to-end tests: the tests then run
 * against exactly what a developer runs, only with free ports and throw-away data. Keycloak is
 * launched first because it is by far the slowest; PostgreSQL and S3 start while it boots.
 *
 * <pre>{@code
 * try (Stack stack = Stack.start(StackConfig.forTests(StackConfig.findRepoRoot(), tempDir))) {
 *     processBuilder.environment().putAll(stack.serverEnvironment());
 * }
 * }</pre>
 */
public final class Stack implements AutoCloseable {

    /** Message when another stack holds the data directory; {@code %s} is the lock file. */
    public static final String ALREADY_RUNNING = "Charter is already running (lock held on %s)";

    static {
        Logging.quietLogbackStatus();
    }

    private final StackConfig config;
    private final List<AutoCloseable> started = new ArrayList<>();
    private boolean closed;
    private EmbeddedDatabase database;
    private S3Server s3;
    private KeycloakServer keycloak;

    /** A stack not started yet; {@link StackMain} registers its shutdown hook before starting it. */
    Stack(StackConfig config) {
        this.config = config;
    }

    /**
     * Starts every service and returns when all of them are ready.
     *
     * @throws StackException when the data directory is in use, a port is taken or a service fails
     */
    public static Stack start(StackConfig config) throws IOException {
        Stack stack = new Stack(config);
        stack.startAll();
        return stack;
    }

    /** Starts every service; on failure stops those already started and rethrows. */
    void startAll() throws IOException {
        try {
            startServices();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startServices() throws IOException {
        Files.createDirectories(config.dataDir());
        register(DirectoryLock.acquire(StackConfig.lockFile(config.dataDir()), ALREADY_RUNNING));
        Path kcDir = config.keycloakInstallDir();
        register(DirectoryLock.acquire(kcDir.resolveSibling(kcDir.getFileName() + ".lock"),
                "The Keycloak install is in use by another Charter stack (lock held on %s)"));
        // the locks are ours, so anything still running on these directories is an orphan
        KeycloakProcesses.stopLeftover(kcDir);
        Leftovers.stopPostgres(config.postgresDataDir());
        checkPortsFree();
        keycloak = register(KeycloakServer.launch(keycloakSettings()));
        database = register(EmbeddedDatabase.start(config.postgresDataDir(), config.postgresPort()));
        s3 = register(S3Server.start(config.s3Dir(), config.s3Port(), config.s3AccessKey(), config.s3SecretKey()));
        s3.ensureBucket(config.s3Bucket());
        keycloak.awaitReady(KeycloakServer.DEFAULT_READY_TIMEOUT);
    }

    /** Remembers a started service for {@link #close()}; stops it at once if the stack was closed meanwhile. */
    private synchronized <T extends AutoCloseable> T register(T service) {
        if (closed) {
            closeQuietly(service);
            throw new StackException("The stack was stopped while it was starting");
        }
        started.add(service);
        return service;
    }

    private static void closeQuietly(AutoCloseable service) {
        try {
            service.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + service + ": " + e);
        }
    }

    private KeycloakServer.Settings keycloakSettings() {
        return new KeycloakServer.Settings(config.keycloakDist(), config.keycloakInstallDir(),
                config.realmTemplate(), config.uiUrl(), config.clientSecret(), config.keycloakPort(),
                config.keycloakManagementPort(), config.keycloakAdminPassword(), config.freshKeycloakRealm(),
                config.dataDir().resolve("logs/keycloak.log"));
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL (CHARTER_PG_PORT)", config.postgresPort());
        ports.put("S3 (CHARTER_S3_PORT)", config.s3Port());
        ports.put("Keycloak (CHARTER_KEYCLOAK_PORT)", config.keycloakPort());
        ports.put("Keycloak management (CHARTER_KEYCLOAK_MGMT_PORT)", config.keycloakManagementPort());
        ports.put("Charter server (CHARTER_HTTP_PORT)", config.httpPort());
        List<String> taken = new ArrayList<>();
        ports.forEach((name, port) -> {
            if (!Ports.isFree(port)) {
                taken.add(port + " for " + name);
            }
        });
        if (!taken.isEmpty()) {
            throw new StackException("Port(s) already in use on 127.0.0.1: " + String.join(", ", taken)
                    + ". Stop whatever listens there, or choose other ports with the variables named.");
        }
    }

    public StackConfig config() {
        return config;
    }

    /** JDBC URL of the {@code charter} database. */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** e.g. {@code http://127.0.0.1:9000}. */
    public String s3Endpoint() {
        return s3.endpoint();
    }

    /** e.g. {@code http://127.0.0.1:8180}. */
    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** OIDC issuer (Quarkus' {@code auth-server-url}), e.g. {@code http://127.0.0.1:8180/realms/charter}. */
    public String oidcUrl() {
        return keycloak.realmUrl(StackConfig.REALM);
    }

    /** Token endpoint of the realm, for password grants in scripts and tests. */
    public String tokenUrl() {
        return oidcUrl() + "/protocol/openid-connect/token";
    }

    /** The environment the Charter server needs to run against this stack. */
    public Map<String, String> serverEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CHARTER_DB_URL", jdbcUrl());
        env.put("CHARTER_DB_USER", EmbeddedDatabase.APP_USER);
        env.put("CHARTER_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        env.put("CHARTER_DB_OWNER_USER", EmbeddedDatabase.OWNER_USER);
        env.put("CHARTER_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD);
        env.put("CHARTER_OIDC_URL", oidcUrl());
        env.put("CHARTER_OIDC_CLIENT_SECRET", config.clientSecret());
        env.put("CHARTER_S3_ENDPOINT", s3Endpoint());
        env.put("CHARTER_S3_ACCESS_KEY", config.s3AccessKey());
        env.put("CHARTER_S3_SECRET_KEY", config.s3SecretKey());
        env.put("CHARTER_S3_BUCKET", config.s3Bucket());
        env.put("CHARTER_HTTP_PORT", Integer.toString(config.httpPort()));
        return env;
    }

    /**
     * Everything a script or test needs: {@link #serverEnvironment()} plus Keycloak's URLs and
     * admin login, as a shell-sourceable file readable by its owner only.
     */
    public void writeEnvFile(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(serverEnvironment());
        env.put("CHARTER_UI_URL", config.uiUrl());
        env.put("CHARTER_KEYCLOAK_URL", keycloakUrl());
        env.put("CHARTER_TOKEN_URL", tokenUrl());
        env.put("CHARTER_KEYCLOAK_ADMIN_USER", KeycloakServer.ADMIN_USER);
        env.put("CHARTER_KEYCLOAK_ADMIN_PASSWORD", config.keycloakAdminPassword());
        StringBuilder text = new StringBuilder("# Written by the Charter stack launcher; valid while it runs.\n");
        env.forEach((k, v) -> {
            if (v.contains("'")) {
                throw new StackException("Value of " + k + " contains a single quote: " + v);
            }
            text.append(k).append("='").append(v).append("'\n");
        });
        Secrets.writeOwnerOnly(file, text.toString());
    }

    /**
     * Stops everything that was started, in reverse order, and releases the locks. Safe to call
     * from a shutdown hook while {@link #start} is still running in another thread.
     */
    @Override
    public synchronized void close() {
        closed = true;
        RuntimeException failure = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new StackException("Could not stop every service cleanly", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        started.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
