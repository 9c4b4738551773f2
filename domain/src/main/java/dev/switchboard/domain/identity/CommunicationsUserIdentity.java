package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.communicationsUserIdentity}: a user, with the tenant they belong to. */
public record CommunicationsUserIdentity(String id, String displayName, String tenantId, DynamicProperties dynamic) implements Identity {

    public CommunicationsUserIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
