package io.charter.dataset.domain;

import io.charter.common.persistence.TenantOwned;
import io.charter.common.persistence.JsonListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One immutable version of a dataset: the file in S3, identified by the SHA-256 of its bytes,
 * with what the upload scan found (rows, columns, inferred types) and where it came from.
 */
@Entity
@Immutable
@Table(name = "dataset_version")
public class DatasetVersion extends TenantOwned {

    @Column(name = "dataset_id")
    public UUID datasetId;

    public String sha256;

    @Enumerated(EnumType.STRING)
    public DataFormat format;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "row_count")
    public long rowCount;

    @Convert(converter = ColumnList.class)
    public List<ColumnStats> columns = List.of();

    public String delimiter;

    @Column(name = "s3_key")
    public String s3Key;

    /** For a Parquet upload, the file as uploaded ({@code s3Key} is then its canonical CSV); else null. */
    @Column(name = "source_key")
    public String sourceKey;

    @Enumerated(EnumType.STRING)
    public VersionOrigin origin;

    @Column(name = "parent_sha256")
    public String parentSha256;

    @Column(name = "pipeline_id")
    public UUID pipelineId;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    public static class ColumnList extends JsonListConverter<ColumnStats> {
        public ColumnList() {
            super(ColumnStats.class);
        }
    }
}
