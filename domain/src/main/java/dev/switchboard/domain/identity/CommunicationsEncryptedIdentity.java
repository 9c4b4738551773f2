package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.communicationsEncryptedIdentity}: an identity the service keeps hidden. */
public record CommunicationsEncryptedIdentity(String id, String displayName, DynamicProperties dynamic) implements Identity {

    public CommunicationsEncryptedIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
