package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.TenantId;

import java.util.Objects;

/**
 * Who is calling: the tenant every query is scoped to, and the application (bot) acting in it. It travels in the
 * GraphQL context under {@link #CONTEXT_KEY}, so a controller method receives it as {@code @ContextValue Caller caller}.
 */
public record Caller(TenantId tenantId, String applicationId) {

    /** The name of the GraphQL context entry, and so of every {@code @ContextValue} parameter that receives it. */
    public static final String CONTEXT_KEY = "caller";

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
