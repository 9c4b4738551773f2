package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.identity.EndpointType;

/** The GraphQL type {@code InvitationParticipantInfo}. */
public record InvitationParticipantInfoView(
        IdentitySetView identity,
        String replacesCallId,
        Boolean hidden,
        String participantId,
        Boolean removeFromDefaultAudioRoutingGroup,
        EndpointType endpointType) {
}
