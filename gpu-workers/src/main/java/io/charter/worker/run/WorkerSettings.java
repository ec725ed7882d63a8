package io.charter.worker.run;

import static io.charter.scheduler.executor.WorkerEnvironment.ATTEMPT;
import static io.charter.scheduler.executor.WorkerEnvironment.JOB_ID;
import static io.charter.scheduler.executor.WorkerEnvironment.JOB_TOKEN;
import static io.charter.scheduler.executor.WorkerEnvironment.S3_ACCESS_KEY_ID;
import static io.charter.scheduler.executor.WorkerEnvironment.S3_BUCKET;
import static io.charter.scheduler.executor.WorkerEnvironment.S3_ENDPOINT;
import static io.charter.scheduler.executor.WorkerEnvironment.S3_REGION;
import static io.charter.scheduler.executor.WorkerEnvironment.S3_SECRET_ACCESS_KEY;
import static io.charter.scheduler.executor.WorkerEnvironment.SERVER_URL;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What a launch is started with (the environment of docs/worker-protocol.md, "Start"). The token
 * and the S3 secret are secrets: {@link #toString()} leaves them out so that no log shows them.
 *
 * @param serverUrl   base URL of the server
 * @param jobId       the job's id
 * @param attempt     the attempt this launch runs (1-based)
 * @param token       the launch's bearer token
 * @param s3Endpoint  the S3 endpoint URL
 * @param s3Region    the S3 region, or null
 * @param s3AccessKey the S3 access key id
 * @param s3SecretKey the S3 secret key
 * @param bucket      the bucket holding every key
 */
public record WorkerSettings(URI serverUrl, String jobId, int attempt, String token, String s3Endpoint,
                             String s3Region, String s3AccessKey, String s3SecretKey, String bucket) {

    /** Variables without which the worker can neither read its spec nor its data. */
    public static final List<String> REQUIRED = List.of(SERVER_URL, JOB_ID, ATTEMPT, JOB_TOKEN, S3_ENDPOINT,
            S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_BUCKET);

    /**
     * @throws IllegalArgumentException naming every missing variable, or the one whose value is malformed
     */
    public static WorkerSettings from(Map<String, String> env) {
        List<String> missing = REQUIRED.stream().filter(name -> env.get(name) == null || env.get(name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the worker must be started with the environment variables " + REQUIRED
                    + ", but these are missing: " + missing);
        }
        int attempt;
        try {
            attempt = Integer.parseInt(env.get(ATTEMPT).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ATTEMPT + " must be a positive integer, but is \"" + env.get(ATTEMPT)
                    + "\"");
        }
        URI server;
        try {
            server = URI.create(env.get(SERVER_URL).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SERVER_URL + " must be a URL such as http://127.0.0.1:8080, but is \""
                    + env.get(SERVER_URL) + "\"");
        }
        return new WorkerSettings(server, env.get(JOB_ID).strip(), attempt, env.get(JOB_TOKEN).strip(),
                env.get(S3_ENDPOINT).strip(), env.get(S3_REGION), env.get(S3_ACCESS_KEY_ID).strip(),
                env.get(S3_SECRET_ACCESS_KEY).strip(), env.get(S3_BUCKET).strip());
    }

    @Override
    public String toString() {
        return "WorkerSettings[server=" + serverUrl + ", job=" + jobId + ", attempt=" + attempt + ", s3=" + s3Endpoint
                + ", bucket=" + bucket + "]";
    }
}
