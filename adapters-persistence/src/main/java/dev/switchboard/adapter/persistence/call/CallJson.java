package dev.switchboard.adapter.persistence.call;

import static dev.switchboard.adapter.persistence.support.Json.nested;
import static dev.switchboard.adapter.persistence.support.Json.put;
import static dev.switchboard.adapter.persistence.support.Json.text;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.adapter.persistence.support.ValueJson;
import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MeetingInfo;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.ParticipantInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The JSON columns of a call; MapStruct picks these methods by their types. */
final class CallJson {

    private static final String TYPE = "@type";

    private CallJson() {
    }

    static String source(ParticipantInfo source) {
        return Json.encode(source, ValueJson::participantInfo);
    }

    static ParticipantInfo source(String json) {
        return Json.decode(json, ValueJson::participantInfo);
    }

    static String targets(List<InvitationParticipantInfo> targets) {
        return Json.write(Json.arrayOf(targets, ValueJson::invitation));
    }

    static List<InvitationParticipantInfo> targets(String json) {
        return Json.listOf(Json.read(json), ValueJson::invitation);
    }

    static String modalities(List<Modality> modalities) {
        return Json.write(Json.graphNames(modalities));
    }

    static List<Modality> modalities(String json) {
        return Json.graphEnums(Json.read(json), Modality.class);
    }

    static String dynamic(DynamicProperties dynamic) {
        return Json.write(ValueJson.dynamic(dynamic));
    }

    static DynamicProperties dynamic(String json) {
        return ValueJson.dynamic(Json.read(json));
    }

    static String chatInfo(ChatInfo chatInfo) {
        return Json.encode(chatInfo, chat -> {
            ObjectNode node = Json.object();
            put(node, "threadId", chat.threadId());
            put(node, "messageId", chat.messageId());
            put(node, "replyChainMessageId", chat.replyChainMessageId());
            return node;
        });
    }

    static ChatInfo chatInfo(String json) {
        return Json.decode(json, node -> new ChatInfo(text(node, "threadId"), text(node, "messageId"),
                text(node, "replyChainMessageId")));
    }

    static String mediaConfig(MediaConfig mediaConfig) {
        return Json.encode(mediaConfig, CallJson::mediaConfigNode);
    }

    static MediaConfig mediaConfig(String json) {
        return Json.decode(json, CallJson::mediaConfigNode);
    }

    static String meetingInfo(MeetingInfo meetingInfo) {
        return Json.encode(meetingInfo, CallJson::meetingInfoNode);
    }

    static MeetingInfo meetingInfo(String json) {
        return Json.decode(json, CallJson::meetingInfoNode);
    }

    private static ObjectNode mediaConfigNode(MediaConfig mediaConfig) {
        ObjectNode node = Json.object();
        if (mediaConfig instanceof MediaConfig.AppHosted appHosted) {
            node.put(TYPE, "appHostedMediaConfig");
            put(node, "blob", appHosted.blob());
        } else if (mediaConfig instanceof MediaConfig.ServiceHosted serviceHosted) {
            node.put(TYPE, "serviceHostedMediaConfig");
            node.set("preFetchMedia", Json.arrayOf(serviceHosted.preFetchMedia(), media -> {
                ObjectNode item = Json.object();
                put(item, "uri", media.uri());
                put(item, "resourceId", media.resourceId());
                return item;
            }));
        }
        return node;
    }

    private static MediaConfig mediaConfigNode(JsonNode node) {
        String type = text(node, TYPE);
        if ("appHostedMediaConfig".equals(type)) {
            return new MediaConfig.AppHosted(text(node, "blob"));
        }
        if ("serviceHostedMediaConfig".equals(type)) {
            return new MediaConfig.ServiceHosted(Json.listOf(node.get("preFetchMedia"),
                    item -> new MediaConfig.MediaInfo(text(item, "uri"), text(item, "resourceId"))));
        }
        throw new IllegalStateException("stored mediaConfig has an unknown type: " + type);
    }

    private static ObjectNode meetingInfoNode(MeetingInfo meetingInfo) {
        ObjectNode node = Json.object();
        if (meetingInfo instanceof MeetingInfo.Organizer organizer) {
            node.put(TYPE, "organizerMeetingInfo");
            ValueJson.putIdentitySet(node, "organizer", organizer.organizer());
        } else if (meetingInfo instanceof MeetingInfo.Token token) {
            node.put(TYPE, "tokenMeetingInfo");
            put(node, "token", token.token());
        } else if (meetingInfo instanceof MeetingInfo.JoinMeetingId joinMeetingId) {
            node.put(TYPE, "joinMeetingIdMeetingInfo");
            put(node, "joinMeetingId", joinMeetingId.joinMeetingId());
            put(node, "passcode", joinMeetingId.passcode());
        }
        return node;
    }

    private static MeetingInfo meetingInfoNode(JsonNode node) {
        String type = text(node, TYPE);
        if ("organizerMeetingInfo".equals(type)) {
            return new MeetingInfo.Organizer(nested(node, "organizer", ValueJson::identitySet));
        }
        if ("tokenMeetingInfo".equals(type)) {
            return new MeetingInfo.Token(text(node, "token"));
        }
        if ("joinMeetingIdMeetingInfo".equals(type)) {
            return new MeetingInfo.JoinMeetingId(text(node, "joinMeetingId"), text(node, "passcode"));
        }
        throw new IllegalStateException("stored meetingInfo has an unknown type: " + type);
    }
}
