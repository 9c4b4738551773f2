package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.identity.EndpointType;

/** The GraphQL type {@code ParticipantInfo}. */
public record ParticipantInfoView(
        IdentitySetView identity,
        EndpointType endpointType,
        String region,
        String languageId,
        String countryCode,
        String participantId) {
}
