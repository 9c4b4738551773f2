package dev.switchboard.adapter.persistence.callrecord;

import static dev.switchboard.adapter.persistence.support.Json.graphEnum;
import static dev.switchboard.adapter.persistence.support.Json.integer;
import static dev.switchboard.adapter.persistence.support.Json.nested;
import static dev.switchboard.adapter.persistence.support.Json.put;
import static dev.switchboard.adapter.persistence.support.Json.text;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.adapter.persistence.support.ValueJson;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.FailureInfo;
import dev.switchboard.domain.callrecord.FailureStage;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.MediaStreamDirection;
import dev.switchboard.domain.callrecord.MediaStreamQuality;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.ServiceRole;
import dev.switchboard.domain.callrecord.UserAgent;
import dev.switchboard.domain.callrecord.UserFeedbackRating;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.identity.IdentitySet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The JSON columns of a call record, its sessions and segments; MapStruct picks these methods by their types. */
final class CallRecordJson {

    private static final String TYPE = "@type";

    private CallRecordJson() {
    }

    static String modalities(List<CallRecordModality> modalities) {
        return Json.write(Json.graphNames(modalities));
    }

    static List<CallRecordModality> modalities(String json) {
        return Json.graphEnums(Json.read(json), CallRecordModality.class);
    }

    static String identitySet(IdentitySet set) {
        return Json.encode(set, ValueJson::identitySet);
    }

    static IdentitySet identitySet(String json) {
        return Json.decode(json, ValueJson::identitySet);
    }

    static String identitySets(List<IdentitySet> sets) {
        return Json.write(Json.arrayOf(sets, ValueJson::identitySet));
    }

    static List<IdentitySet> identitySets(String json) {
        return Json.listOf(Json.read(json), ValueJson::identitySet);
    }

    static String organizer(Organizer organizer) {
        return Json.encode(organizer, value -> idAndIdentity(value.id(), value.identity()));
    }

    static Organizer organizer(String json) {
        return Json.decode(json, node -> new Organizer(text(node, "id"),
                nested(node, "identity", ValueJson::identitySet)));
    }

    static String participants(List<CallRecordParticipant> participants) {
        return Json.write(Json.arrayOf(participants, value -> idAndIdentity(value.id(), value.identity())));
    }

    static List<CallRecordParticipant> participants(String json) {
        return Json.listOf(Json.read(json), node -> new CallRecordParticipant(text(node, "id"),
                nested(node, "identity", ValueJson::identitySet)));
    }

    static String endpoint(Endpoint endpoint) {
        return Json.encode(endpoint, CallRecordJson::endpointNode);
    }

    static Endpoint endpoint(String json) {
        return Json.decode(json, CallRecordJson::endpointNode);
    }

    static String failureInfo(FailureInfo failureInfo) {
        return Json.encode(failureInfo, value -> {
            ObjectNode node = Json.object();
            put(node, "stage", value.stage());
            put(node, "reason", value.reason());
            return node;
        });
    }

    static FailureInfo failureInfo(String json) {
        return Json.decode(json, node -> new FailureInfo(graphEnum(FailureStage.class, node, "stage"),
                text(node, "reason")));
    }

    static String media(List<Media> media) {
        return Json.write(Json.arrayOf(media, CallRecordJson::mediaNode));
    }

    static List<Media> media(String json) {
        return Json.listOf(Json.read(json), CallRecordJson::mediaNode);
    }

    private static ObjectNode idAndIdentity(String id, IdentitySet identity) {
        ObjectNode node = Json.object();
        put(node, "id", id);
        ValueJson.putIdentitySet(node, "identity", identity);
        return node;
    }

    private static ObjectNode endpointNode(Endpoint endpoint) {
        ObjectNode node = Json.object();
        if (endpoint instanceof Endpoint.OfParticipant participant) {
            node.put(TYPE, "participantEndpoint");
            if (participant.associatedIdentity() != null) {
                node.set("associatedIdentity", ValueJson.identity(participant.associatedIdentity()));
            }
            ValueJson.putIdentitySet(node, "identity", participant.identity());
            put(node, "name", participant.name());
            put(node, "cpuName", participant.cpuName());
            put(node, "cpuCoresCount", participant.cpuCoresCount());
            put(node, "cpuProcessorSpeedInMhz", participant.cpuProcessorSpeedInMhz());
            if (participant.feedback() != null) {
                node.set("feedback", feedbackNode(participant.feedback()));
            }
        } else {
            node.put(TYPE, endpoint instanceof Endpoint.OfService ? "serviceEndpoint" : "endpoint");
        }
        if (endpoint.userAgent() != null) {
            node.set("userAgent", userAgentNode(endpoint.userAgent()));
        }
        return node;
    }

    private static Endpoint endpointNode(JsonNode node) {
        UserAgent userAgent = nested(node, "userAgent", CallRecordJson::userAgentNode);
        String type = text(node, TYPE);
        switch (type == null ? "" : type) {
            case "endpoint":
                return new Endpoint.Plain(userAgent);
            case "serviceEndpoint":
                return new Endpoint.OfService(userAgent);
            case "participantEndpoint":
                return new Endpoint.OfParticipant(userAgent, nested(node, "associatedIdentity", ValueJson::identity),
                        nested(node, "identity", ValueJson::identitySet), text(node, "name"), text(node, "cpuName"),
                        integer(node, "cpuCoresCount"), integer(node, "cpuProcessorSpeedInMhz"),
                        nested(node, "feedback", CallRecordJson::feedbackNode));
            default:
                throw new IllegalStateException("stored endpoint has an unknown type: " + type);
        }
    }

    private static ObjectNode userAgentNode(UserAgent userAgent) {
        ObjectNode node = Json.object();
        put(node, "headerValue", userAgent.headerValue());
        put(node, "applicationVersion", userAgent.applicationVersion());
        if (userAgent instanceof UserAgent.Client client) {
            node.put(TYPE, "clientUserAgent");
            put(node, "platform", client.platform());
            put(node, "productFamily", client.productFamily());
            put(node, "azureADAppId", client.azureADAppId());
            put(node, "communicationServiceId", client.communicationServiceId());
        } else if (userAgent instanceof UserAgent.Service service) {
            node.put(TYPE, "serviceUserAgent");
            put(node, "role", service.role());
        }
        return node;
    }

    private static UserAgent userAgentNode(JsonNode node) {
        String type = text(node, TYPE);
        if ("clientUserAgent".equals(type)) {
            return new UserAgent.Client(text(node, "headerValue"), text(node, "applicationVersion"),
                    graphEnum(ClientPlatform.class, node, "platform"),
                    graphEnum(ProductFamily.class, node, "productFamily"), text(node, "azureADAppId"),
                    text(node, "communicationServiceId"));
        }
        if ("serviceUserAgent".equals(type)) {
            return new UserAgent.Service(text(node, "headerValue"), text(node, "applicationVersion"),
                    graphEnum(ServiceRole.class, node, "role"));
        }
        throw new IllegalStateException("stored userAgent has an unknown type: " + type);
    }

    private static ObjectNode feedbackNode(Endpoint.Feedback feedback) {
        ObjectNode node = Json.object();
        put(node, "rating", feedback.rating());
        put(node, "text", feedback.text());
        putDynamic(node, "tokens", feedback.tokens());
        return node;
    }

    private static Endpoint.Feedback feedbackNode(JsonNode node) {
        return new Endpoint.Feedback(graphEnum(UserFeedbackRating.class, node, "rating"), text(node, "text"),
                ValueJson.dynamic(node.get("tokens")));
    }

    private static ObjectNode mediaNode(Media media) {
        ObjectNode node = Json.object();
        put(node, "label", media.label());
        putDynamic(node, "callerNetwork", media.callerNetwork());
        putDynamic(node, "calleeNetwork", media.calleeNetwork());
        putDynamic(node, "callerDevice", media.callerDevice());
        putDynamic(node, "calleeDevice", media.calleeDevice());
        node.set("streams", Json.arrayOf(media.streams(), stream -> {
            ObjectNode item = Json.object();
            put(item, "streamDirection", stream.streamDirection());
            put(item, "streamId", stream.streamId());
            putDynamic(item, "metrics", stream.metrics());
            return item;
        }));
        return node;
    }

    private static Media mediaNode(JsonNode node) {
        return new Media(text(node, "label"), ValueJson.dynamic(node.get("callerNetwork")),
                ValueJson.dynamic(node.get("calleeNetwork")), ValueJson.dynamic(node.get("callerDevice")),
                ValueJson.dynamic(node.get("calleeDevice")),
                Json.listOf(node.get("streams"), item -> new MediaStreamQuality(
                        graphEnum(MediaStreamDirection.class, item, "streamDirection"), text(item, "streamId"),
                        ValueJson.dynamic(item.get("metrics")))));
    }

    private static void putDynamic(ObjectNode node, String property, DynamicProperties properties) {
        if (!properties.isEmpty()) {
            node.set(property, ValueJson.dynamic(properties));
        }
    }
}
