package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

/**
 * Someone or something in a call: Graph's {@code identity} and its subtypes (§4.5 of the API notes).
 * All are open types, so each keeps the properties it does not name in {@link #dynamic()}.
 */
public sealed interface Identity
        permits PlainIdentity, CommunicationsUserIdentity, CommunicationsApplicationIdentity,
                CommunicationsApplicationInstanceIdentity, CommunicationsGuestIdentity,
                CommunicationsPhoneIdentity, CommunicationsEncryptedIdentity, CallRecordUserIdentity {

    String id();

    String displayName();

    DynamicProperties dynamic();
}
