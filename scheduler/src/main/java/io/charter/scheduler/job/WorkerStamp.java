package io.charter.scheduler.job;

import java.util.Objects;

/**
 * Who sent a worker message: the job, the attempt and the launch. The server fills it from the
 * authenticated job-scoped token (which it minted for exactly one launch), never from the
 * message body, so a worker cannot claim to be another launch.
 *
 * @param jobId    the job the token was minted for
 * @param attempt  the attempt the token was minted for
 * @param launchId the launch the token was minted for, as in {@link JobSnapshot#launchId()}
 */
public record WorkerStamp(String jobId, int attempt, String launchId) {

    public WorkerStamp {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(launchId, "launchId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, but got " + attempt);
        }
    }
}
