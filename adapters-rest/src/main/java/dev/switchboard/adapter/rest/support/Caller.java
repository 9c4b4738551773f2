package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.common.TenantId;

import java.util.Objects;

/** Who is calling: the tenant every query is scoped to, and the application (bot) acting in it. */
public record Caller(TenantId tenantId, String applicationId) {

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
