package dev.switchboard.adapter.rest.call;

import dev.switchboard.adapter.rest.support.GraphValueReaders;
import dev.switchboard.adapter.rest.support.JsonInput;
import dev.switchboard.adapter.rest.support.JsonObject;
import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MeetingInfo;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /communications/calls}. A call is an open type: properties Graph does not define are kept
 * and echoed; the ones it defines but the service sets (state, direction, ids, ...) are ignored.
 */
final class CallReader {

    /** Every property of {@code call} in v1.0 and beta metadata: none of them is a dynamic property. */
    private static final Set<String> CALL_PROPERTIES = Set.of("id", "callbackUri", "callChainId", "callOptions",
            "callRoutes", "chatInfo", "direction", "incomingContext", "mediaConfig", "mediaState", "meetingInfo",
            "myParticipantId", "requestedModalities", "resultInfo", "source", "state", "subject", "targets", "tenantId",
            "toneInfo", "transcription", "activeModalities", "answeredBy", "meetingCapability",
            "ringingTimeoutInSeconds", "routingPolicies", "terminationReason", "participants", "operations",
            "audioRoutingGroups", "contentSharingSessions");

    private static final String APP_HOSTED = "microsoft.graph.appHostedMediaConfig";
    private static final String SERVICE_HOSTED = "microsoft.graph.serviceHostedMediaConfig";
    private static final String ORGANIZER = "microsoft.graph.organizerMeetingInfo";
    private static final String TOKEN = "microsoft.graph.tokenMeetingInfo";
    private static final String JOIN_MEETING_ID = "microsoft.graph.joinMeetingIdMeetingInfo";

    private CallReader() {
    }

    static NewCall newCall(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.type("microsoft.graph.call");
            String callbackUri = json.string("callbackUri");
            String subject = json.string("subject");
            ParticipantInfo source = json.object("source", GraphValueReaders::participantInfo);
            List<InvitationParticipantInfo> targets = json.objects("targets", GraphValueReaders::invitee);
            List<Modality> modalities = json.members("requestedModalities", Modality.class);
            MediaConfig mediaConfig = json.object("mediaConfig", CallReader::mediaConfig);
            ChatInfo chatInfo = json.object("chatInfo", CallReader::chatInfo);
            MeetingInfo meetingInfo = json.object("meetingInfo", CallReader::meetingInfo);
            DynamicProperties dynamic = json.dynamic(CALL_PROPERTIES);
            return json.valid(() -> new NewCall(callbackUri, subject, source, targets, modalities, mediaConfig,
                    chatInfo, meetingInfo, dynamic));
        });
    }

    /** {@code mediaConfig} is abstract; a body without {@code @odata.type} is app-hosted when it has a blob. */
    private static MediaConfig mediaConfig(JsonObject json) {
        String type = json.has("@odata.type")
                ? json.type("microsoft.graph.mediaConfig", APP_HOSTED, SERVICE_HOSTED)
                : json.given("blob") ? APP_HOSTED : SERVICE_HOSTED;
        if (type == null) {
            return null;
        }
        if (type.equals(APP_HOSTED)) {
            String blob = json.string("blob");
            return json.valid(() -> new MediaConfig.AppHosted(blob));
        }
        if (type.equals(SERVICE_HOSTED)) {
            List<MediaConfig.MediaInfo> prefetch = json.objects("preFetchMedia", CallReader::mediaInfo);
            return json.valid(() -> new MediaConfig.ServiceHosted(prefetch));
        }
        json.error("@odata.type", "microsoft.graph.mediaConfig is abstract; send " + APP_HOSTED + " or " + SERVICE_HOSTED);
        return null;
    }

    private static MediaConfig.MediaInfo mediaInfo(JsonObject json) {
        json.type("microsoft.graph.mediaInfo");
        String uri = json.string("uri");
        String resourceId = json.string("resourceId");
        return json.valid(() -> new MediaConfig.MediaInfo(uri, resourceId));
    }

    private static ChatInfo chatInfo(JsonObject json) {
        json.type("microsoft.graph.chatInfo");
        String threadId = json.string("threadId");
        String messageId = json.string("messageId");
        String replyChainMessageId = json.string("replyChainMessageId");
        return json.valid(() -> new ChatInfo(threadId, messageId, replyChainMessageId));
    }

    /** {@code meetingInfo} is abstract; without {@code @odata.type} the properties tell which kind is meant. */
    private static MeetingInfo meetingInfo(JsonObject json) {
        String type = json.has("@odata.type")
                ? json.type("microsoft.graph.meetingInfo", ORGANIZER, TOKEN, JOIN_MEETING_ID)
                : json.given("token") ? TOKEN : json.given("joinMeetingId") ? JOIN_MEETING_ID : ORGANIZER;
        if (type == null) {
            return null;
        }
        switch (type) {
            case ORGANIZER -> {
                IdentitySet organizer = json.object("organizer", GraphValueReaders::identitySet);
                return json.valid(() -> new MeetingInfo.Organizer(organizer));
            }
            case TOKEN -> {
                String token = json.string("token");
                return json.valid(() -> new MeetingInfo.Token(token));
            }
            case JOIN_MEETING_ID -> {
                String joinMeetingId = json.string("joinMeetingId");
                String passcode = json.string("passcode");
                return json.valid(() -> new MeetingInfo.JoinMeetingId(joinMeetingId, passcode));
            }
            default -> {
                json.error("@odata.type", "microsoft.graph.meetingInfo is abstract; send " + ORGANIZER + ", " + TOKEN
                        + " or " + JOIN_MEETING_ID);
                return null;
            }
        }
    }
}
