-- Profiling (EDA) jobs of dataset versions; the profile itself is stored in S3 beside the data.

CREATE TABLE dataset_profile (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    dataset_id      UUID         NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    version_sha256  VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    request         TEXT         NOT NULL,
    rows_read       BIGINT       NOT NULL,
    total_rows      BIGINT       NOT NULL,
    s3_key          VARCHAR(512) NOT NULL,
    error           TEXT,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_dataset_profile UNIQUE (dataset_id, version_sha256)
);
CREATE INDEX ix_dataset_profile_status ON dataset_profile (status);

GRANT SELECT, INSERT, UPDATE, DELETE ON dataset_profile TO ${app_role};
