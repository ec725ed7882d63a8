package io.charter.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Process bookkeeping for {@link KeycloakServer}: a clean child environment, a pid file, and
 * stopping a whole process tree.
 *
 * <p>Why a pid file: when the launcher dies without its shutdown hook (kill -9, a crashed test JVM)
 * Keycloak keeps running and holds its ports; the next start in the same install directory finds
 * that orphan by its pid file and stops it. Only a process whose command line names this install
 * directory is touched.
 */
final class KeycloakProcesses {

    private static final String PID_FILE = "kc.pid";

    private KeycloakProcesses() {
    }

    /** Keycloak gets the launcher's JDK and none of the caller's JVM or Keycloak settings. */
    static void prepareEnvironment(Map<String, String> env, String adminPassword) {
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("KEYCLOAK_")
                || k.equals("JAVA") || k.startsWith("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        if (Runtime.version().feature() >= 24) {
            // Keycloak 26 needs this on JDK 24+ (verified on Temurin 25)
            env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        }
    }

    static void rememberPid(Path installDir, Process process) throws IOException {
        Files.writeString(installDir.resolve(PID_FILE), Long.toString(process.pid()));
    }

    static void forgetPid(Path installDir) {
        try {
            Files.deleteIfExists(installDir.resolve(PID_FILE));
        } catch (IOException e) {
            // a stale pid file is harmless: stopLeftover checks the command line before acting
        }
    }

    /** Stops a Keycloak left running from this install directory by an earlier launcher. */
    static void stopLeftover(Path installDir) throws IOException {
        installDir = installDir.toAbsolutePath();
        Path pidFile = installDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = Leftovers.alive(Files.readString(pidFile), installDir.toString());
        if (leftover.isPresent()) {
            System.err.println("Stopping a Keycloak left running from " + installDir
                    + " (pid " + leftover.get().pid() + ")");
            List<ProcessHandle> tree = new ArrayList<>(leftover.get().descendants().toList());
            tree.add(leftover.get());
            terminate(tree, Duration.ofSeconds(30));
        }
        Files.deleteIfExists(pidFile);
    }

    /** SIGTERM to every process, then SIGKILL to those still alive after {@code grace}. */
    static void terminate(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            KeycloakServer.sleep(Duration.ofMillis(200));
        }
        processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
