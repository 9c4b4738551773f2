package dev.switchboard.adapter.rest.call;

import dev.switchboard.adapter.rest.support.IdentitySetJson;
import dev.switchboard.adapter.rest.support.InvitationParticipantInfoJson;
import dev.switchboard.adapter.rest.support.ParticipantInfoJson;
import dev.switchboard.adapter.rest.support.ResultInfoJson;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import tools.jackson.databind.JsonNode;

/**
 * Graph's {@code call} on the wire. It is an open type: properties the client sent that the model does not name are
 * echoed from {@code dynamic}.
 */
public record CallJson(
        String id,
        String state,
        String direction,
        String callbackUri,
        String callChainId,
        String subject,
        ParticipantInfoJson source,
        List<InvitationParticipantInfoJson> targets,
        List<String> requestedModalities,
        MediaConfigJson mediaConfig,
        ChatInfoJson chatInfo,
        MeetingInfoJson meetingInfo,
        String myParticipantId,
        ResultInfoJson resultInfo,
        CallMediaStateJson mediaState,
        String tenantId,
        @JsonAnyGetter Map<String, JsonNode> dynamic) {

    /** Graph's {@code mediaConfig} family. */
    public sealed interface MediaConfigJson permits AppHostedMediaConfigJson, ServiceHostedMediaConfigJson {
    }

    public record AppHostedMediaConfigJson(String blob) implements MediaConfigJson {
    }

    public record ServiceHostedMediaConfigJson(List<MediaInfoJson> preFetchMedia) implements MediaConfigJson {
    }

    public record MediaInfoJson(String uri, String resourceId) {
    }

    public record ChatInfoJson(String threadId, String messageId, String replyChainMessageId) {
    }

    /** Graph's {@code meetingInfo} family. */
    public sealed interface MeetingInfoJson
            permits OrganizerMeetingInfoJson, TokenMeetingInfoJson, JoinMeetingIdMeetingInfoJson {
    }

    public record OrganizerMeetingInfoJson(IdentitySetJson organizer) implements MeetingInfoJson {
    }

    public record TokenMeetingInfoJson(String token) implements MeetingInfoJson {
    }

    public record JoinMeetingIdMeetingInfoJson(String joinMeetingId, String passcode) implements MeetingInfoJson {
    }

    /** Graph's {@code callMediaState}. */
    public record CallMediaStateJson(String audio) {
    }
}
