package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/** {@code microsoft.graph.callRecords.userIdentity}: a user in a call record, with their UPN. */
public record CallRecordUserIdentity(String id, String displayName, String userPrincipalName, DynamicProperties dynamic) implements Identity {

    public CallRecordUserIdentity {
        IdentityRules.check(id, displayName);
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }
}
