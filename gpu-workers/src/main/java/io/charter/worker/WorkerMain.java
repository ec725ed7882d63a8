package io.charter.worker;

import io.charter.worker.protocol.ServerClient;
import io.charter.worker.run.ExitCode;
import io.charter.worker.run.JobRun;
import io.charter.worker.run.NativeDefaults;
import io.charter.worker.run.WorkerSettings;
import io.charter.worker.storage.ObjectStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The worker process the server launches for each attempt of a training or evaluation job
 * (docs/worker-protocol.md): reads its settings from the environment, runs the job and exits with
 * the protocol's code. Everything else lives in {@link JobRun}, which returns the code; this is
 * the only place that calls {@link System#exit}.
 *
 * <pre>{@code
 * CHARTER_SERVER_URL=… CHARTER_JOB_ID=… CHARTER_JOB_ATTEMPT=1 CHARTER_JOB_TOKEN=… \
 * AWS_ENDPOINT_URL_S3=… AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… CHARTER_S3_BUCKET=… \
 * OMP_WAIT_POLICY=PASSIVE java -jar charter-gpu-workers-<version>.jar
 * }</pre>
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /** Runs one launch with {@code env} as its environment; returns the exit code. */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        WorkerSettings settings;
        try {
            settings = WorkerSettings.from(env);
        } catch (IllegalArgumentException e) {
            err.println("charter worker: " + e.getMessage());
            err.println("usage: the server starts this program with those variables set "
                    + "(docs/worker-protocol.md); optional: AWS_REGION, " + NativeDefaults.CACHE_ENV);
            return ExitCode.UNREPORTED;
        }
        out.println("charter worker starting: " + settings);
        Path cache = NativeDefaults.cacheDir(env);
        ServerClient server = new ServerClient(settings.serverUrl(), settings.jobId(), settings.token(),
                ServerClient.DEFAULT_RETRY_BUDGET);
        Path workDir = null;
        try (ObjectStore store = new ObjectStore(settings.s3Endpoint(), settings.s3Region(), settings.s3AccessKey(),
                settings.s3SecretKey(), settings.bucket())) {
            workDir = Files.createTempDirectory("charter-worker-");
            return new JobRun(settings, server, store, workDir, threads -> NativeDefaults.apply(cache, threads, env),
                    out).run();
        } catch (IOException e) {
            err.println("charter worker: " + e.getMessage());
            return ExitCode.UNREPORTED;
        } finally {
            deleteQuietly(workDir, err);
        }
    }

    private static void deleteQuietly(Path dir, PrintStream err) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            err.println("charter worker: could not delete its work directory " + dir + ": " + e.getMessage());
        }
    }
}
