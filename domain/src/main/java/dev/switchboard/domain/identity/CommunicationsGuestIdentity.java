package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.communicationsGuestIdentity}: a guest, known by email. */
public record CommunicationsGuestIdentity(String id, String displayName, String email, DynamicProperties dynamic) implements Identity {

    public CommunicationsGuestIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
