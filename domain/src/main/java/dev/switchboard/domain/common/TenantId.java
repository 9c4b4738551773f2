package dev.switchboard.domain.common;


/** The Azure AD tenant that owns a resource. Every aggregate and every query carries one. */
public record TenantId(String value) {

    public TenantId {
        Identifiers.check(value, "tenantId");
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }

}
