package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.identity.EndpointType;

/** The GraphQL input {@code ParticipantInfoInput}. */
public record ParticipantInfoInput(
        IdentitySetInput identity,
        EndpointType endpointType,
        String region,
        String languageId,
        String countryCode,
        String participantId) {
}
