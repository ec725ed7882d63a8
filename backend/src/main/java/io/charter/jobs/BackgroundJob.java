package io.charter.jobs;

import io.charter.common.data.Timestamps;
import io.charter.common.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The state every background job row shares: status, progress in rows, the error of a failed run
 * and its times. A job is a row so that progress survives a page reload and a restart re-queues
 * what was unfinished ({@link JobRunner}).
 */
@MappedSuperclass
public abstract class BackgroundJob extends TenantOwned {

    /** Errors longer than this are cut: they are for people, and the log has the whole trace. */
    static final int MAX_ERROR_CHARS = 2000;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    @Column(name = "rows_read")
    public long rowsRead;

    @Column(name = "total_rows")
    public long totalRows;

    public String error;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Puts the job back in the queue for {@code totalRows} rows; {@code createdAt} is kept if set. */
    public void queue(long total) {
        status = JobStatus.PENDING;
        rowsRead = 0;
        totalRows = total;
        error = null;
        startedAt = null;
        finishedAt = null;
        if (createdAt == null) {
            createdAt = Timestamps.now();
        }
    }

    /** 0 to 1; 1 when it succeeded. */
    public double progress() {
        return status == JobStatus.SUCCEEDED ? 1.0
                : totalRows == 0 ? 0.0 : Math.min(1.0, (double) rowsRead / totalRows);
    }

    void finish(JobStatus outcome, String message, long rows) {
        status = outcome;
        error = message == null ? null : message.substring(0, Math.min(message.length(), MAX_ERROR_CHARS));
        finishedAt = Timestamps.now();
        if (rows >= 0) {
            rowsRead = rows;
        }
    }
}
