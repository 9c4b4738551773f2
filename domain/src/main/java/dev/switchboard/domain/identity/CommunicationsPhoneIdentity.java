package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.communicationsPhoneIdentity}: a phone number (the id). */
public record CommunicationsPhoneIdentity(String id, String displayName, DynamicProperties dynamic) implements Identity {

    public CommunicationsPhoneIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
