package io.charter.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * One launch of a job attempt: the hash of the job-scoped token minted for it (the token itself
 * is never stored) and where its worker's output goes. Kept after the launch ends, so a late
 * worker of an old launch is recognised and fenced rather than treated as a stranger.
 */
@Entity
@Table(name = "job_launch")
public class LaunchRecord extends PanacheEntityBase {

    @Id
    @Column(name = "launch_id")
    public String launchId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "job_id", updatable = false)
    public UUID jobId;

    public int attempt;

    @Column(name = "token_sha256", updatable = false)
    public String tokenSha256;

    @Column(name = "log_path", updatable = false)
    public String logPath;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
