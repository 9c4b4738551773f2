package dev.switchboard.adapter.rest.support;

/** Graph's {@code participantInfo}: who a participant is and where they join from. */
public record ParticipantInfoJson(
        IdentitySetJson identity,
        String endpointType,
        String region,
        String languageId,
        String countryCode,
        String participantId) {
}
