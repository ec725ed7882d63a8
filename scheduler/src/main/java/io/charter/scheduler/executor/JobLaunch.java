package io.charter.scheduler.executor;

import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Resources;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything an executor needs to start one worker for one attempt, and nothing about how: a
 * local process executor and a Kubernetes executor take the same launch. The worker fetches its
 * job spec from the server with the environment's token; the launch carries no job spec itself.
 *
 * @param jobId       the job
 * @param tenant      its tenant (for labels, namespaces and per-tenant quotas)
 * @param type        what the worker runs; an executor may choose an image or command by it
 * @param attempt     the attempt this launch runs, 1-based
 * @param launchId    unique per launch, also across resubmissions of one attempt; an executor
 *                    names its process or pod with it ({@code [a-z0-9-]}, at most 40 characters,
 *                    so it fits in a Kubernetes name)
 * @param environment the worker's environment variables, name → value, with at least
 *                    {@link WorkerEnvironment#REQUIRED} and consistent with {@code jobId} and
 *                    {@code attempt}; values may be secrets ({@link WorkerEnvironment#isSecret}),
 *                    so {@link #toString()} hides them
 * @param resources   what the worker may use: the local executor's budget, Kubernetes requests and
 *                    limits, {@code nvidia.com/gpu} when {@code gpus > 0}
 * @param logSink     where the worker's stdout/stderr go: a {@code file:} URI for a local process,
 *                    or where a Kubernetes executor copies the pod log when it ends
 * @param project     the job's project, for labels; may be {@code null}
 * @param maxRuntime  how long the attempt may run before the executor stops it (Kubernetes'
 *                    {@code activeDeadlineSeconds}); {@code null}: the executor's default
 */
public record JobLaunch(String jobId, String tenant, JobType type, int attempt, String launchId,
                        Map<String, String> environment, Resources resources, URI logSink, String project,
                        Duration maxRuntime) {

    private static final Pattern LAUNCH_ID = Pattern.compile("[a-z0-9-]{1,40}");

    public JobLaunch {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(launchId, "launchId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(logSink, "logSink");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, but got " + attempt);
        }
        if (!LAUNCH_ID.matcher(launchId).matches()) {
            throw new IllegalArgumentException("launchId must be 1 to 40 of [a-z0-9-], but got '" + launchId + "'");
        }
        environment = Collections.unmodifiableMap(new TreeMap<>(checked(environment, jobId, attempt)));
        if (maxRuntime != null && (maxRuntime.isNegative() || maxRuntime.isZero())) {
            throw new IllegalArgumentException("maxRuntime must be positive, but got " + maxRuntime);
        }
    }

    /** A launch without a project and with the executor's default runtime limit. */
    public JobLaunch(String jobId, String tenant, JobType type, int attempt, String launchId,
                     Map<String, String> environment, Resources resources, URI logSink) {
        this(jobId, tenant, type, attempt, launchId, environment, resources, logSink, null, null);
    }

    private static Map<String, String> checked(Map<String, String> env, String jobId, int attempt) {
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!WorkerEnvironment.isValidName(e.getKey()) || e.getValue() == null) {
                throw new IllegalArgumentException("environment entries need a name of [A-Za-z0-9_] not starting "
                        + "with a digit and a value, but got " + e.getKey() + (e.getValue() == null ? " = null" : ""));
            }
        }
        for (String name : WorkerEnvironment.REQUIRED.stream().sorted().toList()) {
            if (!env.containsKey(name)) {
                throw new IllegalArgumentException("environment must contain " + name + ", but it has only "
                        + new TreeMap<>(env).keySet());
            }
        }
        requireValue(env, WorkerEnvironment.JOB_ID, jobId);
        requireValue(env, WorkerEnvironment.ATTEMPT, Integer.toString(attempt));
        return env;
    }

    private static void requireValue(Map<String, String> env, String name, String expected) {
        if (!expected.equals(env.get(name))) {
            throw new IllegalArgumentException(name + " must be " + expected + ", but got " + env.get(name));
        }
    }

    /** Secret values replaced by "***", so a launch can be logged. */
    @Override
    public String toString() {
        String env = environment.entrySet().stream()
                .map(e -> e.getKey() + "=" + (WorkerEnvironment.isSecret(e.getKey()) ? "***" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return "JobLaunch[jobId=" + jobId + ", tenant=" + tenant + ", type=" + type + ", attempt=" + attempt
                + ", launchId=" + launchId + ", environment=" + env + ", resources=" + resources
                + ", logSink=" + logSink + ", project=" + project + ", maxRuntime=" + maxRuntime + "]";
    }
}
