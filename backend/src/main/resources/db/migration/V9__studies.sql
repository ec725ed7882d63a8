-- Hyperparameter tuning and neural architecture search (seed §1.7): a study and its trials. The
-- study row holds everything the driver needs to continue after a restart (space, sampler,
-- pruner, budget, the trial template); a trial is a training job whose run it names.

CREATE TABLE study (
    id                  UUID PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    project_id          UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    experiment_id       UUID         NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    name                VARCHAR(256) NOT NULL,
    kind                VARCHAR(8)   NOT NULL,
    spec                TEXT         NOT NULL,
    objective_metric    VARCHAR(250) NOT NULL,
    direction           VARCHAR(8)   NOT NULL,
    sampler             VARCHAR(16)  NOT NULL,
    pruner              VARCHAR(24)  NOT NULL,
    max_trials          INTEGER      NOT NULL,
    parallelism         INTEGER      NOT NULL,
    time_budget_seconds BIGINT,
    seed                BIGINT       NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    reason              TEXT,
    best_trial          INTEGER,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(255) NOT NULL,
    started_at          TIMESTAMP(6) WITH TIME ZONE,
    running_since       TIMESTAMP(6) WITH TIME ZONE,
    elapsed_seconds     BIGINT       NOT NULL,
    finished_at         TIMESTAMP(6) WITH TIME ZONE,
    version             BIGINT       NOT NULL,
    UNIQUE (tenant_id, project_id, name)
);
CREATE INDEX ix_study_project ON study (tenant_id, project_id, created_at DESC);
CREATE INDEX ix_study_state ON study (state);

CREATE TABLE study_trial (
    id                  UUID PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    study_id            UUID         NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    number              INTEGER      NOT NULL,
    params              TEXT         NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    job_id              UUID         REFERENCES training_job (id) ON DELETE SET NULL,
    run_id              UUID         REFERENCES run (id) ON DELETE SET NULL,
    value               DOUBLE PRECISION,
    extra_values        TEXT,
    intermediate        TEXT         NOT NULL,
    feasible            BOOLEAN      NOT NULL,
    pruned_rung         INTEGER,
    reason              TEXT,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP(6) WITH TIME ZONE,
    version             BIGINT       NOT NULL,
    UNIQUE (study_id, number)
);
CREATE INDEX ix_study_trial_job ON study_trial (job_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON study, study_trial TO ${app_role};
