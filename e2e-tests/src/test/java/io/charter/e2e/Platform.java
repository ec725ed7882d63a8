package io.charter.e2e;

import io.charter.stack.Stack;
import io.charter.stack.StackConfig;
import io.charter.stack.Ports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Charter server running against the real embedded stack (PostgreSQL, S3 server,
 * Keycloak with the project's realm), on free ports, started once per test run.
 */
public final class Platform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static Platform instance;

    private final Stack stack;
    private final ProcessBuilder command;
    private final int port;
    private final Path log;
    private volatile Process server;

    private Platform(Stack stack, ProcessBuilder command, int port, Path log) {
        this.stack = stack;
        this.command = command;
        this.port = port;
        this.log = log;
    }

    /** The one platform of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized Platform get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the platform under test: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "platform-stop"));
        }
        return instance;
    }

    private static Platform start() throws IOException, InterruptedException {
        Path repo = StackConfig.findRepoRoot();
        Path jar = repo.resolve("frontend/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the server first (mvn install): " + jar + " is missing");
        }
        Path work = Files.createDirectories(repo.resolve("e2e-tests/target/e2e-run"));
        int port = Ports.free();
        Stack stack = Stack.start(StackConfig.forTests(repo, Files.createTempDirectory(work, "stack")).withHttpPort(port));
        Path log = work.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.deleteIfExists(log);
        // globex (bob) may run no job at all, so its jobs wait in the queue with the reason shown
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m",
                "-Dcharter.training.quota.tenant.globex.jobs=0", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(stack.serverEnvironment());
        pb.environment().put("CHARTER_WORKER_DIR", work.resolve("workers").toString());
        // the run page's fallback poll is slower than any test waits, so only server push can update it
        pb.environment().put("CHARTER_UI_RUN_POLL_SECONDS", "3600");
        Platform platform = new Platform(stack, pb, port, log);
        platform.startServer();
        return platform;
    }

    /** Starts the server process (again, after {@link #killServer}) on the same port, database and S3. */
    public synchronized void startServer() throws IOException, InterruptedException {
        server = command.start();
        awaitReady();
    }

    /**
     * Kills the server process as a crash would (SIGKILL, no shutdown hooks); the worker processes
     * it started outlive it, as they would a crashed server.
     */
    public synchronized void killServer() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor();
    }

    /** The worker processes the running server started. */
    public List<ProcessHandle> workers() {
        return server.descendants().filter(p -> p.info().commandLine().orElse("").contains("gpu-workers")).toList();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server exited with " + server.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server was not ready within " + READY_TIMEOUT + ":\n" + logTail());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Stack stack() {
        return stack;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        server.destroy();
        try {
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        stack.close();
    }
}
