package dev.switchboard.adapter.graphql.support;

/** The GraphQL input {@code IdentityInput}; which properties beyond id and displayName apply depends on the kind. */
public record IdentityInput(
        IdentityKind kind,
        String id,
        String displayName,
        String tenantId,
        String applicationType,
        Boolean hidden,
        String email,
        String userPrincipalName) {
}
