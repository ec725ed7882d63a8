package io.charter.tenancy;

import io.charter.common.error.CharterException;
import io.charter.common.error.ErrorCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who is calling, from the verified token only: tenant ({@code tenant} claim), subject, name and
 * roles. Services ask it for permission; nothing else may decide the tenant.
 */
@RequestScoped
public class CurrentUser {

    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return identity != null && !identity.isAnonymous();
    }

    /** The caller's tenant; 401 without a token, 403 when the token carries no valid tenant. */
    public String tenant() {
        String tenant = tenantOrNull();
        if (tenant == null) {
            throw CharterException.forbidden("Your token carries no valid 'tenant' claim; ask your administrator "
                    + "to assign you to a tenant");
        }
        return tenant;
    }

    /** The caller's tenant, or {@code null} when not authenticated or the claim is missing or malformed. */
    public String tenantOrNull() {
        if (!isAuthenticated()) {
            return TenantBinding.actor() == null ? null : TenantBinding.current();
        }
        String tenant = claim("tenant");
        return tenant != null && TENANT.matcher(tenant).matches() ? tenant : null;
    }

    public String subject() {
        if (!isAuthenticated() && TenantBinding.actor() != null) {
            return TenantBinding.actor();
        }
        String sub = claim("sub");
        return sub != null ? sub : name();
    }

    public String name() {
        if (!isAuthenticated() && TenantBinding.actor() != null) {
            return TenantBinding.actor();
        }
        requireAuthenticated();
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Set<Role> roles() {
        if (!isAuthenticated() && TenantBinding.actor() != null) {
            return TenantBinding.roles();
        }
        requireAuthenticated();
        return Arrays.stream(Role.values()).filter(r -> identity.hasRole(r.claim()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean hasAny(Role... roles) {
        Set<Role> mine = roles();
        return Arrays.stream(roles).anyMatch(mine::contains);
    }

    /** Throws 403 naming the roles that would have been allowed, unless the caller has one of them. */
    public void require(String action, Role... allowed) {
        tenant();
        if (!hasAny(allowed)) {
            throw CharterException.forbidden("Only " + Arrays.stream(allowed).map(Role::claim)
                    .collect(Collectors.joining(", ")) + " may " + action + "; your roles: "
                    + roles().stream().map(Role::claim).toList());
        }
    }

    private void requireAuthenticated() {
        if (!isAuthenticated()) {
            throw new CharterException(ErrorCode.UNAUTHENTICATED, "Authentication required");
        }
    }

    private String claim(String name) {
        requireAuthenticated();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        Object attribute = identity.getAttribute(name);
        return attribute == null ? null : attribute.toString();
    }
}
