package dev.switchboard.adapter.rest.callrecord;

import dev.switchboard.adapter.rest.support.GraphValueReaders;
import dev.switchboard.adapter.rest.support.JsonInput;
import dev.switchboard.adapter.rest.support.JsonObject;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.FailureInfo;
import dev.switchboard.domain.callrecord.FailureStage;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.MediaStreamDirection;
import dev.switchboard.domain.callrecord.MediaStreamQuality;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.ServiceRole;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.UserAgent;
import dev.switchboard.domain.callrecord.UserFeedbackRating;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Call record bodies: our {@code POST /communications/callRecords} (a record with its sessions, for tests and demos)
 * and the seed's PATCH. The service assigns ids and {@code lastModifiedDateTime}; the rest is the client's.
 */
final class CallRecordReader {

    private static final String RECORD = "microsoft.graph.callRecords.callRecord";
    private static final String ENDPOINT = "microsoft.graph.callRecords.endpoint";
    private static final String PARTICIPANT_ENDPOINT = "microsoft.graph.callRecords.participantEndpoint";
    private static final String SERVICE_ENDPOINT = "microsoft.graph.callRecords.serviceEndpoint";
    private static final String CLIENT_AGENT = "microsoft.graph.callRecords.clientUserAgent";
    private static final String SERVICE_AGENT = "microsoft.graph.callRecords.serviceUserAgent";

    private CallRecordReader() {
    }

    static NewCallRecord newCallRecord(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.type(RECORD);
            Long version = json.int64("version");
            CallType type = json.member("type", CallType.class);
            List<CallRecordModality> modalities = json.members("modalities", CallRecordModality.class);
            Instant start = json.dateTime("startDateTime");
            Instant end = json.dateTime("endDateTime");
            String joinWebUrl = json.string("joinWebUrl");
            IdentitySet organizer = json.object("organizer", GraphValueReaders::identitySet);
            List<IdentitySet> participants = json.objects("participants", GraphValueReaders::identitySet);
            Organizer organizerV2 = json.object("organizer_v2", CallRecordReader::organizer);
            List<CallRecordParticipant> participantsV2 = json.objects("participants_v2", CallRecordReader::participant);
            List<Session> sessions = json.objects("sessions", CallRecordReader::session);
            json.require("type");
            json.require("startDateTime");
            json.require("endDateTime");
            return json.valid(() -> new NewCallRecord(version, type, modalities, start, end, joinWebUrl, organizer,
                    participants, organizerV2, participantsV2, sessions));
        });
    }

    static CallRecordPatch patch(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.type(RECORD);
            Patch<String> id = json.patch("id", JsonObject::string);
            Patch<Long> version = json.patchNonNull("version", JsonObject::int64);
            Patch<CallType> type = json.patchNonNull("type", (j, name) -> j.member(name, CallType.class));
            Patch<List<CallRecordModality>> modalities =
                    json.patchNonNull("modalities", (j, name) -> j.members(name, CallRecordModality.class));
            Patch<Instant> start = json.patchNonNull("startDateTime", JsonObject::dateTime);
            Patch<Instant> end = json.patchNonNull("endDateTime", JsonObject::dateTime);
            Patch<Instant> lastModified = json.patch("lastModifiedDateTime", JsonObject::dateTime);
            Patch<String> joinWebUrl = json.patch("joinWebUrl", JsonObject::string);
            Patch<IdentitySet> organizer =
                    json.patch("organizer", (j, name) -> j.object(name, GraphValueReaders::identitySet));
            Patch<List<IdentitySet>> participants =
                    json.patch("participants", (j, name) -> j.objects(name, GraphValueReaders::identitySet));
            return json.valid(() -> new CallRecordPatch(id, version, type, modalities, start, end, lastModified,
                    joinWebUrl, organizer, participants));
        });
    }

    private static Organizer organizer(JsonObject json) {
        json.type("microsoft.graph.callRecords.organizer");
        String id = json.string("id");
        IdentitySet identity = json.object("identity", GraphValueReaders::identitySet);
        return json.valid(() -> new Organizer(id, identity));
    }

    private static CallRecordParticipant participant(JsonObject json) {
        json.type("microsoft.graph.callRecords.participant");
        String id = json.string("id");
        IdentitySet identity = json.object("identity", GraphValueReaders::identitySet);
        return json.valid(() -> new CallRecordParticipant(id, identity));
    }

    private static Session session(JsonObject json) {
        json.type("microsoft.graph.callRecords.session");
        String id = json.string("id");
        Endpoint caller = json.object("caller", CallRecordReader::endpoint);
        Endpoint callee = json.object("callee", CallRecordReader::endpoint);
        Instant start = json.dateTime("startDateTime");
        Instant end = json.dateTime("endDateTime");
        List<CallRecordModality> modalities = json.members("modalities", CallRecordModality.class);
        Boolean isTest = json.bool("isTest");
        FailureInfo failureInfo = json.object("failureInfo", CallRecordReader::failureInfo);
        List<Segment> segments = json.objects("segments", CallRecordReader::segment);
        return json.valid(() -> new Session(id, caller, callee, start, end, modalities, isTest, failureInfo, segments));
    }

    private static Segment segment(JsonObject json) {
        json.type("microsoft.graph.callRecords.segment");
        String id = json.string("id");
        Endpoint caller = json.object("caller", CallRecordReader::endpoint);
        Endpoint callee = json.object("callee", CallRecordReader::endpoint);
        Instant start = json.dateTime("startDateTime");
        Instant end = json.dateTime("endDateTime");
        FailureInfo failureInfo = json.object("failureInfo", CallRecordReader::failureInfo);
        List<Media> media = json.objects("media", CallRecordReader::media);
        return json.valid(() -> new Segment(id, caller, callee, start, end, failureInfo, media));
    }

    /** An endpoint of the subtype its {@code @odata.type} names; without one, the base endpoint. */
    private static Endpoint endpoint(JsonObject json) {
        String type = json.type(ENDPOINT, PARTICIPANT_ENDPOINT, SERVICE_ENDPOINT);
        UserAgent userAgent = json.object("userAgent", CallRecordReader::userAgent);
        if (type == null) {
            return null;
        }
        if (type.equals(PARTICIPANT_ENDPOINT)) {
            Identity associatedIdentity = json.object("associatedIdentity", GraphValueReaders::identity);
            IdentitySet identity = json.object("identity", GraphValueReaders::identitySet);
            String name = json.string("name");
            String cpuName = json.string("cpuName");
            Integer cores = json.int32("cpuCoresCount");
            Integer speed = json.int32("cpuProcessorSpeedInMhz");
            Endpoint.Feedback feedback = json.object("feedback", CallRecordReader::feedback);
            return json.valid(() -> new Endpoint.OfParticipant(userAgent, associatedIdentity, identity, name, cpuName,
                    cores, speed, feedback));
        }
        if (type.equals(SERVICE_ENDPOINT)) {
            return json.valid(() -> new Endpoint.OfService(userAgent));
        }
        return json.valid(() -> new Endpoint.Plain(userAgent));
    }

    /** {@code userAgent} is abstract: without {@code @odata.type}, a {@code role} says it is a service's. */
    private static UserAgent userAgent(JsonObject json) {
        String type = json.has("@odata.type")
                ? json.type("microsoft.graph.callRecords.userAgent", CLIENT_AGENT, SERVICE_AGENT)
                : json.given("role") ? SERVICE_AGENT : CLIENT_AGENT;
        String headerValue = json.string("headerValue");
        String applicationVersion = json.string("applicationVersion");
        if (type == null) {
            return null;
        }
        if (type.equals(SERVICE_AGENT)) {
            ServiceRole role = json.member("role", ServiceRole.class);
            return json.valid(() -> new UserAgent.Service(headerValue, applicationVersion, role));
        }
        if (type.equals(CLIENT_AGENT)) {
            ClientPlatform platform = json.member("platform", ClientPlatform.class);
            ProductFamily productFamily = json.member("productFamily", ProductFamily.class);
            String azureADAppId = json.string("azureADAppId");
            String communicationServiceId = json.string("communicationServiceId");
            return json.valid(() -> new UserAgent.Client(headerValue, applicationVersion, platform, productFamily,
                    azureADAppId, communicationServiceId));
        }
        json.error("@odata.type", "microsoft.graph.callRecords.userAgent is abstract; send " + CLIENT_AGENT + " or " + SERVICE_AGENT);
        return null;
    }

    private static Endpoint.Feedback feedback(JsonObject json) {
        json.type("microsoft.graph.callRecords.userFeedback");
        UserFeedbackRating rating = json.member("rating", UserFeedbackRating.class);
        String text = json.string("text");
        DynamicProperties tokens = json.object("tokens", JsonObject::all);
        return json.valid(() -> new Endpoint.Feedback(rating, text, tokens));
    }

    private static FailureInfo failureInfo(JsonObject json) {
        json.type("microsoft.graph.callRecords.failureInfo");
        FailureStage stage = json.member("stage", FailureStage.class);
        String reason = json.string("reason");
        return json.valid(() -> new FailureInfo(stage, reason));
    }

    private static Media media(JsonObject json) {
        json.type("microsoft.graph.callRecords.media");
        String label = json.string("label");
        DynamicProperties callerNetwork = json.object("callerNetwork", JsonObject::all);
        DynamicProperties calleeNetwork = json.object("calleeNetwork", JsonObject::all);
        DynamicProperties callerDevice = json.object("callerDevice", JsonObject::all);
        DynamicProperties calleeDevice = json.object("calleeDevice", JsonObject::all);
        List<MediaStreamQuality> streams = json.objects("streams", CallRecordReader::stream);
        return json.valid(() -> new Media(label, callerNetwork, calleeNetwork, callerDevice, calleeDevice, streams));
    }

    /** The direction is required; every quality metric is kept as sent. */
    private static MediaStreamQuality stream(JsonObject json) {
        json.type("microsoft.graph.callRecords.mediaStream");
        MediaStreamDirection direction = json.member("streamDirection", MediaStreamDirection.class);
        String streamId = json.string("streamId");
        DynamicProperties metrics = json.dynamic(Set.of("streamDirection", "streamId"));
        return json.valid(() -> new MediaStreamQuality(direction, streamId, metrics));
    }
}
