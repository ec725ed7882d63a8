package io.charter.tenancy;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Binds a tenant explicitly for work that runs without a token (background jobs). The binding
 * must span whole transactions: Hibernate fixes a session's tenant when the session opens.
 * Only code that took the tenant from a row it was handed by a request may bind it.
 */
public final class TenantBinding {

    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();
    private static final ThreadLocal<Set<Role>> ROLES = new ThreadLocal<>();

    private TenantBinding() {
    }

    static String current() {
        return TENANT.get();
    }

    /** The system actor bound with {@link #callAs}, or {@code null}. */
    static String actor() {
        return ACTOR.get();
    }

    /**
     * Runs {@code work} for {@code tenant} as the system actor {@code actor} (e.g. {@code system:scheduler}):
     * without a token, {@link CurrentUser} then answers this tenant and actor, so the decisions the
     * server takes on its own (scheduling, reconciling) are audited under a name of their own.
     */
    public static <T> T callAs(String tenant, String actor, Supplier<T> work) {
        return callAs(tenant, actor, Set.of(), work);
    }

    /**
     * {@link #callAs(String, String, Supplier)} with roles: for work the server does on behalf of a
     * user who held them when they asked for it (a study's driver submits trials for the study's
     * creator, who was checked as a builder when creating the study).
     */
    public static <T> T callAs(String tenant, String actor, Set<Role> roles, Supplier<T> work) {
        String previous = ACTOR.get();
        Set<Role> previousRoles = ROLES.get();
        ACTOR.set(actor);
        ROLES.set(Set.copyOf(roles));
        try {
            return call(tenant, work);
        } finally {
            if (previous == null) {
                ACTOR.remove();
                ROLES.remove();
            } else {
                ACTOR.set(previous);
                ROLES.set(previousRoles);
            }
        }
    }

    /** The roles bound with the system actor (none unless bound). */
    static Set<Role> roles() {
        Set<Role> roles = ROLES.get();
        return roles == null ? Set.of() : roles;
    }

    public static void runAs(String tenant, String actor, Runnable work) {
        callAs(tenant, actor, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(String tenant, Supplier<T> work) {
        String previous = TENANT.get();
        TENANT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                TENANT.remove();
            } else {
                TENANT.set(previous);
            }
        }
    }

    public static void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}
