package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** Graph's base {@code microsoft.graph.identity}: an id and a display name. */
public record PlainIdentity(String id, String displayName, DynamicProperties dynamic) implements Identity {

    public PlainIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
