package io.charter.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the developer stack in the foreground until SIGTERM or SIGINT ({@code ./charter up} starts it).
 *
 * <p>Why a main of its own rather than a script around three tools: the same {@link Stack} code
 * is what the end-to-end tests start in-JVM, so {@code ./charter up} and the tests cannot drift.
 * It writes {@code data/stack.env} for the script that starts the Charter server, then prints
 * {@value #READY_LINE}; on exit a shutdown hook stops every service and removes the env file.
 *
 * <p>Options: {@code --check} only tests whether a stack already runs on the data directory (exit 0
 * when not); {@code --exit-with-parent} stops the stack when the launching process dies, so a
 * killed {@code ./charter up} leaves nothing behind. Exit code 2 means a problem the user can fix
 * (message on stderr), 1 an unexpected failure.
 */
public final class StackMain {

    public static final String READY_LINE = "STACK READY";

    private StackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = List.of(args);
        try {
            if (options.contains("--check")) {
                checkNotRunning();
                return;
            }
            run(options.contains("--exit-with-parent"));
        } catch (StackException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(2);
        } catch (IOException | RuntimeException e) {
            System.err.println("ERROR: the Charter stack could not start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void checkNotRunning() throws IOException {
        Path dataDir = StackConfig.dataDir(StackConfig.findRepoRoot(), System.getenv());
        DirectoryLock.acquire(StackConfig.lockFile(dataDir), Stack.ALREADY_RUNNING).close();
    }

    private static void run(boolean exitWithParent) throws IOException, InterruptedException {
        Instant begin = Instant.now();
        StackConfig config = StackConfig.fromEnvironment(StackConfig.findRepoRoot(), System.getenv());
        Stack stack = new Stack(config);
        Path envFile = config.dataDir().resolve("stack.env");
        // registered before starting, so a SIGTERM during the slow Keycloak start leaves nothing behind
        AtomicBoolean ready = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(stack, ready.get() ? envFile : null),
                "stack-stop"));
        stack.startAll();
        stack.writeEnvFile(envFile);
        ready.set(true);
        if (exitWithParent) {
            exitWhenParentExits();
        }
        printReady(stack, Duration.between(begin, Instant.now()));
        // park the main thread; the JVM ends through the shutdown hook on SIGTERM/SIGINT
        new CountDownLatch(1).await();
    }

    private static void exitWhenParentExits() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("The launching process (pid " + parent.pid() + ") exited; stopping the stack.");
            System.exit(0);
        }));
    }

    /** @param envFile the env file this process wrote, or {@code null} if it never got that far */
    private static void shutdown(Stack stack, Path envFile) {
        try {
            if (envFile == null) {
                stack.close();
                return;
            }
            System.out.println("Stopping the Charter stack ...");
            Files.deleteIfExists(envFile);
            stack.close();
            System.out.println("Charter stack stopped.");
        } catch (IOException | RuntimeException e) {
            System.err.println("ERROR while stopping: " + e);
        }
    }

    private static void printReady(Stack stack, Duration took) {
        System.out.printf("PostgreSQL  %s (user %s)%n", stack.jdbcUrl(), EmbeddedDatabase.APP_USER);
        System.out.printf("S3          %s (bucket %s)%n", stack.s3Endpoint(), stack.config().s3Bucket());
        System.out.printf("Keycloak    %s (admin console: %s/admin)%n", stack.oidcUrl(), stack.keycloakUrl());
        System.out.printf("Started in %d s; environment in %s%n", took.toSeconds(),
                DirectoryLock.display(stack.config().dataDir().resolve("stack.env")));
        System.out.println(READY_LINE);
        System.out.flush();
    }
}
