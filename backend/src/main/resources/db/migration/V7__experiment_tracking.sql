-- Experiment tracking (seed §4, MLflow-compatible): experiments per project, runs with params,
-- tags and metric series. Latest metric values are kept per run for search and sort at scale.

CREATE TABLE experiment (
    id                UUID PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    project_id        UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name              VARCHAR(256) NOT NULL,
    description       TEXT,
    tags              TEXT         NOT NULL,
    lifecycle_stage   VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(255) NOT NULL,
    updated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX uq_experiment_name ON experiment (tenant_id, name);
CREATE INDEX ix_experiment_project ON experiment (tenant_id, project_id);

CREATE TABLE run (
    id                UUID PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    experiment_id     UUID         NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    name              VARCHAR(256) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    lifecycle_stage   VARCHAR(16)  NOT NULL,
    start_time        BIGINT       NOT NULL,
    end_time          BIGINT,
    user_id           VARCHAR(255) NOT NULL,
    dataset_id        UUID,
    version_sha256    VARCHAR(64),
    split_id          UUID,
    pipeline_fit_id   UUID,
    job_id            UUID,
    parent_study_id   UUID
);
CREATE INDEX ix_run_experiment_start ON run (tenant_id, experiment_id, start_time DESC);

CREATE TABLE run_param (
    run_id            UUID         NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    key               VARCHAR(250) NOT NULL,
    value             VARCHAR(6000) NOT NULL,
    PRIMARY KEY (run_id, key)
);

CREATE TABLE run_tag (
    run_id            UUID         NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    key               VARCHAR(250) NOT NULL,
    value             VARCHAR(8000) NOT NULL,
    PRIMARY KEY (run_id, key)
);

CREATE TABLE run_metric (
    run_id            UUID         NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    key               VARCHAR(250) NOT NULL,
    step              BIGINT       NOT NULL,
    ts                BIGINT       NOT NULL,
    value             DOUBLE PRECISION NOT NULL
);
CREATE INDEX ix_run_metric_history ON run_metric (run_id, key, step, ts);

CREATE TABLE run_latest_metric (
    run_id            UUID         NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    key               VARCHAR(250) NOT NULL,
    step              BIGINT       NOT NULL,
    ts                BIGINT       NOT NULL,
    value             DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, key)
);
CREATE INDEX ix_run_latest_metric_key ON run_latest_metric (key, value);

GRANT SELECT, INSERT, UPDATE, DELETE ON experiment, run, run_param, run_tag, run_metric, run_latest_metric
    TO ${app_role};
