package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.support.IdentityInput;
import dev.switchboard.adapter.graphql.support.IdentitySetInput;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.FailureStage;
import dev.switchboard.domain.callrecord.MediaStreamDirection;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.ServiceRole;
import dev.switchboard.domain.callrecord.UserFeedbackRating;
import dev.switchboard.domain.common.DynamicProperties;

import java.time.Instant;
import java.util.List;

/** The input of {@code createCallRecord}: a whole record with its sessions, for tests and demos. */
public record CreateCallRecordInput(
        Long version,
        CallType type,
        List<CallRecordModality> modalities,
        Instant startDateTime,
        Instant endDateTime,
        String joinWebUrl,
        IdentitySetInput organizer,
        List<IdentitySetInput> participants,
        OrganizerInput organizerV2,
        List<ParticipantInput> participantsV2,
        List<SessionInput> sessions) {

    public record OrganizerInput(String id, IdentitySetInput identity) {
    }

    public record ParticipantInput(String id, IdentitySetInput identity) {
    }

    public record SessionInput(String id, EndpointInput caller, EndpointInput callee, Instant startDateTime,
                               Instant endDateTime, List<CallRecordModality> modalities, Boolean isTest,
                               FailureInfoInput failureInfo, List<SegmentInput> segments) {
    }

    public record SegmentInput(String id, EndpointInput caller, EndpointInput callee, Instant startDateTime,
                               Instant endDateTime, FailureInfoInput failureInfo, List<MediaInput> media) {
    }

    public record EndpointInput(EndpointKind kind, UserAgentInput userAgent, IdentityInput associatedIdentity,
                                IdentitySetInput identity, String name, String cpuName, Integer cpuCoresCount,
                                Integer cpuProcessorSpeedInMhz, UserFeedbackInput feedback) {
    }

    public record UserAgentInput(UserAgentKind kind, String headerValue, String applicationVersion,
                                 ClientPlatform platform, ProductFamily productFamily, String azureADAppId,
                                 String communicationServiceId, ServiceRole role) {
    }

    public record UserFeedbackInput(UserFeedbackRating rating, String text, DynamicProperties tokens) {
    }

    public record FailureInfoInput(FailureStage stage, String reason) {
    }

    public record MediaInput(String label, DynamicProperties callerNetwork, DynamicProperties calleeNetwork,
                             DynamicProperties callerDevice, DynamicProperties calleeDevice,
                             List<MediaStreamInput> streams) {
    }

    public record MediaStreamInput(MediaStreamDirection streamDirection, String streamId, DynamicProperties metrics) {
    }
}
