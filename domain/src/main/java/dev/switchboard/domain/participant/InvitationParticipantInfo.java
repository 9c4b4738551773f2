package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.IdentitySet;

/**
 * Graph's {@code invitationParticipantInfo}: someone to invite into a call. It is an open type, so properties the
 * model does not name (the seeds send {@code region} and {@code languageId}) are kept in {@link #dynamic()} and
 * echoed back.
 */
public record InvitationParticipantInfo(
        IdentitySet identity,
        String replacesCallId,
        Boolean hidden,
        String participantId,
        Boolean removeFromDefaultAudioRoutingGroup,
        EndpointType endpointType,
        DynamicProperties dynamic) {

    public InvitationParticipantInfo {
        if (identity == null) {
            throw InvalidInputException.of("identity", "is required");
        }
        Text.atMost(replacesCallId, Text.SHORT_MAX, "replacesCallId");
        Text.atMost(participantId, Text.SHORT_MAX, "participantId");
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
    }

    public static InvitationParticipantInfo of(IdentitySet identity) {
        return new InvitationParticipantInfo(identity, null, null, null, null, null, DynamicProperties.none());
    }
}
