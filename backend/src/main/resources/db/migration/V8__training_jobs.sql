-- Training and evaluation jobs (seed §1.4–1.6): the persisted job the scheduler decides on
-- (state, attempt, current launch, heartbeat, latest checkpoint), and every launch with the hash
-- of its job-scoped token, so that a worker of an old launch is recognised and fenced.

CREATE TABLE training_job (
    id                 UUID PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    project_id         UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    experiment_id      UUID         NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    run_id             UUID         NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    type               VARCHAR(16)  NOT NULL,
    algorithm          VARCHAR(64)  NOT NULL,
    task               VARCHAR(32)  NOT NULL,
    spec               TEXT         NOT NULL,
    dataset_id         UUID         NOT NULL,
    version_sha256     VARCHAR(64)  NOT NULL,
    split_id           UUID         NOT NULL,
    pipeline_fit_id    UUID         NOT NULL,
    source_run_id      UUID,
    seed               BIGINT       NOT NULL,
    cpu_millis         BIGINT       NOT NULL,
    memory_mb          BIGINT       NOT NULL,
    gpus               INTEGER      NOT NULL,
    priority           INTEGER      NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    attempt            INTEGER      NOT NULL,
    max_attempts       INTEGER      NOT NULL,
    launch_id          VARCHAR(40),
    executor_handle    VARCHAR(255),
    state_since        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_heartbeat     TIMESTAMP(6) WITH TIME ZONE,
    checkpoint_key     VARCHAR(512),
    reason             TEXT,
    enqueued_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    not_before         TIMESTAMP(6) WITH TIME ZONE,
    progress_unit      VARCHAR(16),
    progress_completed INTEGER,
    progress_total     INTEGER,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(255) NOT NULL,
    started_at         TIMESTAMP(6) WITH TIME ZONE,
    finished_at        TIMESTAMP(6) WITH TIME ZONE,
    version            BIGINT       NOT NULL
);
CREATE INDEX ix_training_job_project ON training_job (tenant_id, project_id, created_at DESC);
CREATE INDEX ix_training_job_state ON training_job (state);

CREATE TABLE job_launch (
    launch_id          VARCHAR(40)  PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    job_id             UUID         NOT NULL REFERENCES training_job (id) ON DELETE CASCADE,
    attempt            INTEGER      NOT NULL,
    token_sha256       VARCHAR(64)  NOT NULL UNIQUE,
    log_path           VARCHAR(1024) NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_job_launch_job ON job_launch (job_id, created_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON training_job, job_launch TO ${app_role};
