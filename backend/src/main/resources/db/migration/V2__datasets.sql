-- Phase II: datasets with provenance, and their immutable versions stored in S3.

CREATE TABLE dataset (
    id                      UUID PRIMARY KEY,
    tenant_id               VARCHAR(64)  NOT NULL,
    project_id              UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name                    VARCHAR(120) NOT NULL,
    description             TEXT,
    source_type             VARCHAR(16)  NOT NULL,
    origin                  TEXT,
    collection_method       TEXT,
    licence                 VARCHAR(200),
    known_biases            TEXT,
    contains_personal_data  BOOLEAN      NOT NULL,
    owner                   VARCHAR(255),
    target_column           VARCHAR(128),
    type_overrides          TEXT         NOT NULL,
    version                 BIGINT       NOT NULL,
    created_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(255) NOT NULL,
    updated_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(255) NOT NULL
);
CREATE UNIQUE INDEX uq_dataset_name ON dataset (tenant_id, project_id, lower(name));

CREATE TABLE dataset_version (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    dataset_id      UUID         NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    sha256          VARCHAR(64)  NOT NULL,
    format          VARCHAR(16)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    row_count       BIGINT       NOT NULL,
    columns         TEXT         NOT NULL,
    delimiter       VARCHAR(1)   NOT NULL,
    s3_key          VARCHAR(512) NOT NULL,
    origin          VARCHAR(16)  NOT NULL,
    parent_sha256   VARCHAR(64),
    pipeline_id     UUID,
    uploaded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(255) NOT NULL,
    CONSTRAINT uq_dataset_version UNIQUE (dataset_id, sha256)
);
CREATE INDEX ix_dataset_version_tenant ON dataset_version (tenant_id, dataset_id, uploaded_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON dataset, dataset_version TO ${app_role};
