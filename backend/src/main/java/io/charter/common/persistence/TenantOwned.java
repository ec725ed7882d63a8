package io.charter.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/**
 * A row that belongs to one tenant: Hibernate fills {@code tenant_id} from the current tenant on
 * insert and adds it to every query, so no feature can forget it.
 */
@MappedSuperclass
public abstract class TenantOwned extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
}
