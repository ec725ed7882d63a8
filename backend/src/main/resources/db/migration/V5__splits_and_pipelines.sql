-- Split definitions of a dataset version (row assignments stored in S3) and preprocessing
-- pipelines: versioned specs, and their fits on the training rows of a split.

CREATE TABLE dataset_split (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    dataset_id      UUID         NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    version_sha256  VARCHAR(64)  NOT NULL,
    name            VARCHAR(128) NOT NULL,
    spec            TEXT         NOT NULL,
    summary         TEXT,
    s3_key          VARCHAR(512) NOT NULL,
    created_by      VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    rows_read       BIGINT       NOT NULL,
    total_rows      BIGINT       NOT NULL,
    error           TEXT,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_dataset_split_name UNIQUE (dataset_id, name)
);
CREATE INDEX ix_dataset_split_status ON dataset_split (status);

CREATE TABLE preprocessing_pipeline (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    dataset_id      UUID         NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    name            VARCHAR(128) NOT NULL,
    revision        INTEGER      NOT NULL,
    spec            TEXT         NOT NULL,
    created_by      VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_pipeline_revision UNIQUE (dataset_id, name, revision)
);

CREATE TABLE fitted_pipeline (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    pipeline_id     UUID         NOT NULL REFERENCES preprocessing_pipeline (id) ON DELETE CASCADE,
    split_id        UUID         NOT NULL REFERENCES dataset_split (id) ON DELETE CASCADE,
    fold            INTEGER      NOT NULL,
    target_column   VARCHAR(128),
    s3_key          VARCHAR(512) NOT NULL,
    output_columns  TEXT,
    created_by      VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    rows_read       BIGINT       NOT NULL,
    total_rows      BIGINT       NOT NULL,
    error           TEXT,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_fitted_pipeline_status ON fitted_pipeline (status);

GRANT SELECT, INSERT, UPDATE, DELETE ON dataset_split, preprocessing_pipeline, fitted_pipeline TO ${app_role};
