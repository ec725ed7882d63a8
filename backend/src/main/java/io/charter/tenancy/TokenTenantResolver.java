package io.charter.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds Hibernate's discriminator multi-tenancy: every query and insert is scoped to the tenant
 * of the current token, or the one a background job bound explicitly ({@link TenantBinding}).
 * Otherwise the session is bound to a tenant id no token can carry: it sees no rows, so
 * forgetting the tenant fails closed.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class TokenTenantResolver implements TenantResolver {

    /** Never a real tenant (the tenant pattern forbids '_'), so a session without one sees nothing. */
    static final String NO_TENANT = "_none_";

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        String bound = TenantBinding.current();
        if (bound != null) {
            return bound;
        }
        if (Arc.container().requestContext().isActive()) {
            String tenant = Arc.container().instance(CurrentUser.class).get().tenantOrNull();
            if (tenant != null) {
                return tenant;
            }
        }
        return NO_TENANT;
    }
}
