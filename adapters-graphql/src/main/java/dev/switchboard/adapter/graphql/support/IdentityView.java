package dev.switchboard.adapter.graphql.support;

/** The GraphQL type {@code Identity}: every identity kind in one shape, the kind's own properties filled in. */
public record IdentityView(
        IdentityKind kind,
        String id,
        String displayName,
        String tenantId,
        String applicationType,
        Boolean hidden,
        String email,
        String userPrincipalName) {
}
