-- Charter foundation: projects (problem charters), versioned ethics charters, append-only audit trail.
-- Runs as the owner role; the application role (${app_role}) gets only the privileges it needs.

CREATE TABLE project (
    id                 UUID PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    name               VARCHAR(120) NOT NULL,
    problem_statement  TEXT         NOT NULL,
    business_need      TEXT,
    task_type          VARCHAR(32)  NOT NULL,
    kpis               TEXT         NOT NULL,
    p99_latency_ms     INTEGER,
    throughput_rps     DOUBLE PRECISION,
    max_model_size_mb  DOUBLE PRECISION,
    scope_in           TEXT,
    scope_out          TEXT,
    stakeholders       TEXT         NOT NULL,
    data_feasibility   TEXT,
    status             VARCHAR(16)  NOT NULL,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(255) NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(255) NOT NULL
);
CREATE UNIQUE INDEX uq_project_name ON project (tenant_id, lower(name));
CREATE INDEX ix_project_tenant_created ON project (tenant_id, created_at);

CREATE TABLE ethics_charter (
    id                    UUID PRIMARY KEY,
    tenant_id             VARCHAR(64)  NOT NULL,
    project_id            UUID         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    version               INTEGER      NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    protected_attributes  TEXT         NOT NULL,
    fairness_criteria     TEXT         NOT NULL,
    privacy               TEXT,
    transparency          TEXT,
    societal_impact       TEXT,
    dual_use              TEXT,
    risk_tier             VARCHAR(16)  NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(255) NOT NULL,
    approved_by           VARCHAR(255),
    approved_at           TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_charter_version UNIQUE (project_id, version)
);
CREATE INDEX ix_charter_tenant_project ON ethics_charter (tenant_id, project_id, version);

CREATE TABLE audit_event (
    id              UUID PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    seq             BIGINT       NOT NULL,
    ts              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_subject   VARCHAR(255),
    actor_name      VARCHAR(255),
    action          VARCHAR(64)  NOT NULL,
    entity_type     VARCHAR(64),
    entity_id       VARCHAR(64),
    request_id      VARCHAR(64),
    payload_sha256  VARCHAR(64),
    prev_hash       VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_audit_seq UNIQUE (tenant_id, seq)
);
CREATE INDEX ix_audit_entity ON audit_event (tenant_id, entity_type, entity_id);
CREATE INDEX ix_audit_ts ON audit_event (tenant_id, ts);

-- The audit trail is append-only for everybody, superusers included; only the table owner could
-- disable these triggers, and the server never runs as the owner.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON project, ethics_charter TO ${app_role};
GRANT SELECT, INSERT ON audit_event TO ${app_role};
