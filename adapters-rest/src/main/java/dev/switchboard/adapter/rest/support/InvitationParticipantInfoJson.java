package dev.switchboard.adapter.rest.support;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import tools.jackson.databind.JsonNode;

/**
 * Graph's {@code invitationParticipantInfo}, an open type echoed as the client sent it: unset properties are left
 * out, dynamic ones (the seeds send {@code region}, {@code languageId}) come back. {@code endpointType} exists on
 * beta only.
 */
@JsonInclude(Include.NON_NULL)
public record InvitationParticipantInfoJson(
        IdentitySetJson identity,
        String endpointType,
        String replacesCallId,
        Boolean hidden,
        String participantId,
        Boolean removeFromDefaultAudioRoutingGroup,
        @JsonAnyGetter Map<String, JsonNode> dynamic) {
}
