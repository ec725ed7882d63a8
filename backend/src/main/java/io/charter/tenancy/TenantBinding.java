package io.charter.tenancy;

import java.util.function.Supplier;

/**
 * Binds a tenant explicitly for work that runs without a token (background jobs). The binding
 * must span whole transactions: Hibernate fixes a session's tenant when the session opens.
 * Only code that took the tenant from a row it was handed by a request may bind it.
 */
public final class TenantBinding {

    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    private TenantBinding() {
    }

    static String current() {
        return TENANT.get();
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
