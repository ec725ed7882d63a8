package io.charter.scheduler.executor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of the environment variables a worker is started with (the worker contract of
 * docs/architecture.md). The server fills the values; executors pass them through unchanged.
 * The S3 names are the AWS SDKs' standard ones, so any S3 client in the worker picks them up.
 */
public final class WorkerEnvironment {

    /** Base URL of the server's REST API, e.g. {@code http://127.0.0.1:8080}. */
    public static final String SERVER_URL = "CHARTER_SERVER_URL";
    /** The job's id. */
    public static final String JOB_ID = "CHARTER_JOB_ID";
    /** The attempt this launch runs (decimal). */
    public static final String ATTEMPT = "CHARTER_JOB_ATTEMPT";
    /** The short-lived job-scoped bearer token for this launch: a secret. */
    public static final String JOB_TOKEN = "CHARTER_JOB_TOKEN";
    /** The S3 endpoint URL (AWS SDK standard name). */
    public static final String S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";
    /** The S3 region (AWS SDK standard name). */
    public static final String S3_REGION = "AWS_REGION";
    /** The S3 access key id (AWS SDK standard name). */
    public static final String S3_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    /** The S3 secret key (AWS SDK standard name): a secret. */
    public static final String S3_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    /** The bucket that holds the tenant's artifacts. */
    public static final String S3_BUCKET = "CHARTER_S3_BUCKET";

    /** Every launch carries these; the worker cannot reach the server without them. */
    public static final Set<String> REQUIRED = Set.of(SERVER_URL, JOB_ID, ATTEMPT, JOB_TOKEN);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SECRET_WORDS = Pattern.compile(".*(TOKEN|SECRET|PASSWORD|CREDENTIAL|KEY).*");

    private WorkerEnvironment() {
    }

    /** Whether {@code name} is a portable environment variable name (POSIX: letters, digits, '_'). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Whether the value of {@code name} must be treated as a secret: never logged, and put in a
     * Kubernetes Secret rather than a pod spec. Judged by the name, so an entry the server adds
     * later (say {@code HF_TOKEN}) is covered without a change here.
     */
    public static boolean isSecret(String name) {
        return SECRET_WORDS.matcher(name.toUpperCase(Locale.ROOT)).matches();
    }
}
