package io.charter.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Stops services that a launcher killed without its shutdown hook ({@code kill -9}, a crashed test
 * JVM) left running on its data directories.
 *
 * <p>Why: PostgreSQL runs detached from the JVM and Keycloak is a child process; both survive their
 * launcher and keep their ports, so the next start would fail with "port in use" and nothing a
 * person could do but hunt for processes. Called only while holding the data directory's lock, so
 * the owner is known to be gone; a process is touched only if its command line names the directory.
 */
final class Leftovers {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private Leftovers() {
    }

    /** Fast shutdown (SIGINT) of a postmaster still serving {@code dataDir}, if any. */
    static void stopPostgres(Path dataDir) throws IOException {
        if (dataDir == null) {
            return;
        }
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : alive(lines.get(0), dataDir.toAbsolutePath().toString());
        if (postmaster.isEmpty()) {
            return;
        }
        System.err.println("Stopping a PostgreSQL left running on " + dataDir + " (pid " + postmaster.get().pid() + ")");
        signal("INT", postmaster.get().pid());
        KeycloakProcesses.terminate(List.of(postmaster.get()), GRACE);
    }

    /** The live process with this pid whose command line contains {@code mustContain}. */
    static Optional<ProcessHandle> alive(String pidText, String mustContain) {
        try {
            return ProcessHandle.of(Long.parseLong(pidText.trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(mustContain)).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while stopping process " + pid, e);
        }
    }
}
