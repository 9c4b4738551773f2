package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.communicationsApplicationIdentity}: an application such as a bot. */
public record CommunicationsApplicationIdentity(String id, String displayName, String applicationType, Boolean hidden, DynamicProperties dynamic) implements Identity {

    public CommunicationsApplicationIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
