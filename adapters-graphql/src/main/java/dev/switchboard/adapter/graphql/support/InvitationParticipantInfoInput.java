package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.identity.EndpointType;

/** The GraphQL input {@code InvitationParticipantInfoInput}. */
public record InvitationParticipantInfoInput(
        IdentitySetInput identity,
        String replacesCallId,
        Boolean hidden,
        String participantId,
        Boolean removeFromDefaultAudioRoutingGroup,
        EndpointType endpointType) {
}
