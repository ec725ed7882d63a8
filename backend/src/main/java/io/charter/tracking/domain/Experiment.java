package io.charter.tracking.domain;

import io.charter.common.persistence.JsonMapConverter;
import io.charter.common.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A named group of runs within a project; names are unique per tenant, as MLflow's are per server. */
@Entity
@Table(name = "experiment")
public class Experiment extends TenantOwned {

    public static final String ACTIVE = "active";
    public static final String DELETED = "deleted";

    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    public String name;

    public String description;

    @Convert(converter = Tags.class)
    public Map<String, String> tags = Map.of();

    @Column(name = "lifecycle_stage")
    public String lifecycleStage = ACTIVE;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Tags extends JsonMapConverter<String> {
        public Tags() {
            super(String.class);
        }
    }
}
