package io.charter.scheduler.executor;

import io.charter.scheduler.job.JobType;
import io.charter.scheduler.job.Resources;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobLaunchTest {

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(WorkerEnvironment.SERVER_URL, "http://127.0.0.1:8080");
        env.put(WorkerEnvironment.JOB_ID, "job-1");
        env.put(WorkerEnvironment.ATTEMPT, "2");
        env.put(WorkerEnvironment.JOB_TOKEN, "eyJhbGciOi.secret.token");
        env.put(WorkerEnvironment.S3_ENDPOINT, "http://127.0.0.1:9000");
        env.put(WorkerEnvironment.S3_ACCESS_KEY_ID, "charter");
        env.put(WorkerEnvironment.S3_SECRET_ACCESS_KEY, "s3-secret-value");
        return env;
    }

    static JobLaunch launch(Map<String, String> env) {
        return new JobLaunch("job-1", "acme", JobType.TRAIN, 2, "l-7f3a", env, new Resources(2000, 4096, 1),
                URI.create("file:///var/charter/logs/job-1/2.log"));
    }

    @Test
    void shouldHideSecretValuesWhenPrinted() {
        String printed = launch(env()).toString();
        assertThat(printed).doesNotContain("eyJhbGciOi").doesNotContain("s3-secret-value")
                .contains("CHARTER_JOB_TOKEN=***").contains("AWS_SECRET_ACCESS_KEY=***")
                .contains("CHARTER_SERVER_URL=http://127.0.0.1:8080").contains("launchId=l-7f3a");
    }

    @Test
    void shouldKeepItsOwnSortedUnmodifiableCopyOfTheEnvironment() {
        Map<String, String> env = env();
        JobLaunch launch = launch(env);
        env.put("LATE", "x");
        assertThat(launch.environment()).doesNotContainKey("LATE");
        assertThat(List.copyOf(launch.environment().keySet())).isSorted();
        assertThatThrownBy(() -> launch.environment().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRequireTheContractVariables() {
        Map<String, String> env = env();
        env.remove(WorkerEnvironment.JOB_TOKEN);
        assertThatThrownBy(() -> launch(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment must contain CHARTER_JOB_TOKEN");
    }

    @Test
    void shouldRefuseAnEnvironmentForAnotherAttempt() {
        Map<String, String> env = env();
        env.put(WorkerEnvironment.ATTEMPT, "1");
        assertThatThrownBy(() -> launch(env)).hasMessage("CHARTER_JOB_ATTEMPT must be 2, but got 1");
    }

    @Test
    void shouldRefuseNamesAProcessCouldNotCarry() {
        Map<String, String> env = env();
        env.put("1BAD-NAME", "x");
        assertThatThrownBy(() -> launch(env)).hasMessageContaining("but got 1BAD-NAME");
    }

    @Test
    void shouldRefuseALaunchIdThatCannotNameAPod() {
        assertThatThrownBy(() -> new JobLaunch("job-1", "acme", JobType.TRAIN, 2, "Launch_7", env(), Resources.NONE,
                URI.create("file:///tmp/x.log")))
                .hasMessage("launchId must be 1 to 40 of [a-z0-9-], but got 'Launch_7'");
    }

    @Test
    void shouldJudgeSecretsByName() {
        assertThat(WorkerEnvironment.isSecret("HF_TOKEN")).isTrue();
        assertThat(WorkerEnvironment.isSecret("db_password")).isTrue();
        assertThat(WorkerEnvironment.isSecret(WorkerEnvironment.SERVER_URL)).isFalse();
        assertThat(WorkerEnvironment.isSecret(WorkerEnvironment.S3_BUCKET)).isFalse();
    }
}
