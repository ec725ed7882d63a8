package io.charter.ui.training;

import io.charter.scheduler.job.JobState;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.charter.ui.base.StatusBadge;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * How the training pages show and act on a job, written once for the jobs table and the run
 * page's job panel: the state badge, "epoch 3 of 20", the time left, and cancelling.
 */
public final class TrainingJobs {

    private TrainingJobs() {
    }

    /** The state as a badge named after it (QUEUED, RUNNING, …). */
    public static StatusBadge badge(JobState state) {
        StatusBadge badge = new StatusBadge(state.name(), switch (state) {
            case SUCCEEDED -> StatusBadge.Tone.SUCCESS;
            case FAILED -> StatusBadge.Tone.ERROR;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
            case QUEUED, SCHEDULED, RUNNING -> StatusBadge.Tone.ACTIVE;
        });
        badge.addClassName("job-state");
        return badge;
    }

    /** "epoch 3 of 20", "round 40", or empty before the worker reported any progress. */
    public static String progressText(TrainingJobView job) {
        TrainingJobView.Progress p = job.progress();
        if (p == null) {
            return "";
        }
        return p.unit().toLowerCase(Locale.ROOT) + " " + p.completed() + (p.total() == null ? "" : " of " + p.total());
    }

    /** The fraction done, 0–1, or null when the total is unknown. */
    public static Double fraction(TrainingJobView job) {
        return job.progress() == null ? null : job.progress().fraction();
    }

    /**
     * The time left of a running job, extrapolated from the time since it started and the
     * fraction done (assumes steps take equally long); empty until there is a fraction to go by.
     */
    public static String eta(TrainingJobView job, Instant now) {
        Double f = fraction(job);
        if (job.state() != JobState.RUNNING || job.startedAt() == null || f == null || f <= 0 || f >= 1) {
            return "";
        }
        long elapsed = Duration.between(job.startedAt(), now).toSeconds();
        return "about " + duration(Math.round(elapsed * (1 - f) / f)) + " left";
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds + 30) / 60 + " min";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }

    /**
     * Cancels the job, then stops its worker and lets the dispatcher fill the freed slot — in
     * that order, because the worker must be stopped only after the cancel has committed.
     */
    public static void cancel(TrainingJobService jobs, JobDispatcher dispatcher, UUID jobId) {
        dispatcher.stopWorker(jobs.cancel(jobId));
        dispatcher.wake();
    }
}
