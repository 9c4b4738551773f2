package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.communicationsApplicationInstanceIdentity}: an instance of an application. */
public record CommunicationsApplicationInstanceIdentity(String id, String displayName, Boolean hidden, String tenantId, DynamicProperties dynamic) implements Identity {

    public CommunicationsApplicationInstanceIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
