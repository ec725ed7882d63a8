package io.charter.tenancy;

/** The realm roles Charter knows; the names are those carried in the token's {@code realm_access.roles}. */
public enum Role {
    TENANT_ADMIN("tenant-admin"),
    DATA_SCIENTIST("data-scientist"),
    ML_ENGINEER("ml-engineer"),
    COMPLIANCE_OFFICER("compliance-officer"),
    VIEWER("viewer");

    private final String claim;

    /** The roles that build models: they write projects, datasets and versions (a fresh array each call). */
    public static Role[] builders() {
        return new Role[] {TENANT_ADMIN, DATA_SCIENTIST, ML_ENGINEER};
    }

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
