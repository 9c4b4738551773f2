package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.GraphEnum;

/** The GraphQL enum {@code IdentityKind}: which of Graph's identity types an {@code Identity} is. */
public enum IdentityKind implements GraphEnum {
    IDENTITY("identity"),
    COMMUNICATIONS_USER("communicationsUserIdentity"),
    COMMUNICATIONS_APPLICATION("communicationsApplicationIdentity"),
    COMMUNICATIONS_APPLICATION_INSTANCE("communicationsApplicationInstanceIdentity"),
    COMMUNICATIONS_GUEST("communicationsGuestIdentity"),
    COMMUNICATIONS_PHONE("communicationsPhoneIdentity"),
    COMMUNICATIONS_ENCRYPTED("communicationsEncryptedIdentity"),
    CALL_RECORDS_USER("callRecordsUserIdentity");

    private final String graphName;

    IdentityKind(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
