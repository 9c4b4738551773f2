package dev.switchboard.adapter.rest.callrecord;

import dev.switchboard.adapter.rest.support.IdentityJson;
import dev.switchboard.adapter.rest.support.IdentitySetJson;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph's {@code callRecords.callRecord} on the wire, written in full; {@code $select} and {@code $expand} then
 * leave out what the client did not ask for ({@code participants_v2} and {@code sessions} are navigations, shown only
 * when expanded; {@code organizer_v2} is expanded always, as Graph does).
 */
public record CallRecordJson(
        String id,
        long version,
        String type,
        List<String> modalities,
        String lastModifiedDateTime,
        String startDateTime,
        String endDateTime,
        String joinWebUrl,
        IdentitySetJson organizer,
        List<IdentitySetJson> participants,
        @JsonProperty("organizer_v2") OrganizerJson organizerV2,
        @JsonProperty("participants_v2") List<CallRecordParticipantJson> participantsV2,
        List<SessionJson> sessions) {

    /** {@code callRecords.organizer}. */
    public record OrganizerJson(String id, IdentitySetJson identity) {
    }

    /** {@code callRecords.participant}. */
    public record CallRecordParticipantJson(String id, IdentitySetJson identity) {
    }

    /** {@code callRecords.session}; {@code segments} is a navigation, shown when expanded. */
    public record SessionJson(String id, EndpointJson caller, EndpointJson callee, String startDateTime,
                              String endDateTime, List<String> modalities, Boolean isTest, FailureInfoJson failureInfo,
                              List<SegmentJson> segments) {
    }

    /** {@code callRecords.segment}. */
    public record SegmentJson(String id, EndpointJson caller, EndpointJson callee, String startDateTime,
                              String endDateTime, FailureInfoJson failureInfo, List<MediaJson> media) {
    }

    /** The {@code callRecords.endpoint} family. */
    public sealed interface EndpointJson permits PlainEndpointJson, ParticipantEndpointJson, ServiceEndpointJson {
    }

    public record PlainEndpointJson(UserAgentJson userAgent) implements EndpointJson {
    }

    public record ParticipantEndpointJson(UserAgentJson userAgent, IdentityJson associatedIdentity,
                                          IdentitySetJson identity, String name, String cpuName, Integer cpuCoresCount,
                                          Integer cpuProcessorSpeedInMhz, UserFeedbackJson feedback)
            implements EndpointJson {
    }

    public record ServiceEndpointJson(UserAgentJson userAgent) implements EndpointJson {
    }

    /** The abstract {@code callRecords.userAgent} and its two subtypes. */
    public sealed interface UserAgentJson permits ClientUserAgentJson, ServiceUserAgentJson {
    }

    public record ClientUserAgentJson(String headerValue, String applicationVersion, String platform,
                                      String productFamily, String azureADAppId, String communicationServiceId)
            implements UserAgentJson {
    }

    public record ServiceUserAgentJson(String headerValue, String applicationVersion, String role)
            implements UserAgentJson {
    }

    /** {@code callRecords.userFeedback}; {@code tokens} is the open {@code feedbackTokenSet}. */
    public record UserFeedbackJson(String rating, String text, ObjectNode tokens) {
    }

    public record FailureInfoJson(String stage, String reason) {
    }

    /** {@code callRecords.media}: network and device details are echoed as they were stored. */
    public record MediaJson(String label, ObjectNode callerNetwork, ObjectNode calleeNetwork, ObjectNode callerDevice,
                            ObjectNode calleeDevice, List<MediaStreamJson> streams) {
    }

    /** {@code callRecords.mediaStream}: the direction, and the quality metrics as stored. */
    public record MediaStreamJson(String streamDirection, String streamId,
                                  @JsonAnyGetter Map<String, JsonNode> metrics) {
    }
}
