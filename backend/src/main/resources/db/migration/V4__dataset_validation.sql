-- Validation rules ("expectations") per dataset, and their result on each version.

ALTER TABLE dataset ADD COLUMN validation_rules TEXT NOT NULL DEFAULT '[]';

CREATE TABLE dataset_validation (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    dataset_id      UUID         NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    version_sha256  VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    rules           TEXT         NOT NULL,
    passed          BOOLEAN,
    report          TEXT,
    override_reason TEXT,
    overridden_by   VARCHAR(255),
    overridden_at   TIMESTAMP(6) WITH TIME ZONE,
    rows_read       BIGINT       NOT NULL,
    total_rows      BIGINT       NOT NULL,
    error           TEXT,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_dataset_validation UNIQUE (dataset_id, version_sha256)
);
CREATE INDEX ix_dataset_validation_status ON dataset_validation (status);

GRANT SELECT, INSERT, UPDATE, DELETE ON dataset_validation TO ${app_role};
