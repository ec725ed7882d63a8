package io.charter.dataset.domain;

import io.charter.common.persistence.JsonMapConverter;
import io.charter.governance.data.ColumnType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dataset of a project, with its provenance (seed §1.3) and the column settings its versions share. */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;

    public String origin;

    @Column(name = "collection_method")
    public String collectionMethod;

    public String licence;

    @Column(name = "known_biases")
    public String knownBiases;

    @Column(name = "contains_personal_data")
    public boolean containsPersonalData;

    public String owner;

    @Column(name = "target_column")
    public String targetColumn;

    @Convert(converter = TypeOverrides.class)
    @Column(name = "type_overrides")
    public Map<String, ColumnType> typeOverrides = Map.of();

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static class TypeOverrides extends JsonMapConverter<ColumnType> {
        public TypeOverrides() {
            super(ColumnType.class);
        }
    }
}
