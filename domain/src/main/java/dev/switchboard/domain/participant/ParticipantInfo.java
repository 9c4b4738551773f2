package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.IdentitySet;

/**
 * Graph's {@code participantInfo}: who a participant is and where they join from. The service fills it in, so a
 * PATCH may only resend it unchanged. {@code identity} is required on a participant; it may be empty where the
 * metadata nests a participantInfo loosely (a beta recording's {@code initiatedBy}).
 */
public record ParticipantInfo(
        IdentitySet identity,
        EndpointType endpointType,
        String region,
        String languageId,
        String countryCode,
        String participantId) {

    public ParticipantInfo {
        Text.atMost(region, Text.SHORT_MAX, "region");
        Text.atMost(languageId, Text.SHORT_MAX, "languageId");
        Text.atMost(countryCode, Text.SHORT_MAX, "countryCode");
        Text.atMost(participantId, Text.SHORT_MAX, "participantId");
    }

    public static ParticipantInfo of(IdentitySet identity) {
        return new ParticipantInfo(identity, null, null, null, null, null);
    }

    /** The same info with the service-assigned participant id. */
    public ParticipantInfo withParticipantId(String participantId) {
        return new ParticipantInfo(identity, endpointType, region, languageId, countryCode, participantId);
    }
}
