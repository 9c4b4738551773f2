package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.callrecord.CreateCallRecordInput.EndpointInput;
import dev.switchboard.adapter.graphql.callrecord.CreateCallRecordInput.MediaInput;
import dev.switchboard.adapter.graphql.callrecord.CreateCallRecordInput.SegmentInput;
import dev.switchboard.adapter.graphql.callrecord.CreateCallRecordInput.SessionInput;
import dev.switchboard.adapter.graphql.callrecord.CreateCallRecordInput.UserAgentInput;
import dev.switchboard.adapter.graphql.support.GraphValueReaders;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.FailureInfo;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.MediaStreamQuality;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.UserAgent;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.error.Violations.join;

/**
 * Reads the call-record inputs into domain values: a whole new record with its sessions, segments and endpoints, a
 * PATCH, and a list filter. Each kind of endpoint and user agent takes only its own properties.
 */
final class CallRecordInputs {

    private CallRecordInputs() {
    }

    static NewCallRecord newCallRecord(CreateCallRecordInput input) {
        Violations violations = new Violations();
        Violations own = new Violations();
        IdentitySet organizer = GraphValueReaders.identitySet(input.organizer(), "organizer", own);
        List<IdentitySet> participants = Inputs.each(input.participants(), "participants", own,
                GraphValueReaders::identitySet);
        Organizer organizerV2 = input.organizerV2() == null ? null : new Organizer(input.organizerV2().id(),
                GraphValueReaders.identitySet(input.organizerV2().identity(), "organizerV2.identity", own));
        List<CallRecordParticipant> participantsV2 = Inputs.each(input.participantsV2(), "participantsV2", own,
                (participant, path, v) -> new CallRecordParticipant(participant.id(),
                        GraphValueReaders.identitySet(participant.identity(), join(path, "identity"), v)));
        List<Session> sessions = Inputs.each(input.sessions(), "sessions", own, CallRecordInputs::session);
        NewCallRecord record = Inputs.build(violations, own, "", () -> new NewCallRecord(input.version(), input.type(),
                input.modalities(), input.startDateTime(), input.endDateTime(), input.joinWebUrl(), organizer,
                participants, organizerV2, participantsV2, sessions));
        violations.throwIfAny();
        return record;
    }

    static CallRecordPatch patch(UpdateCallRecordInput input, Violations violations) {
        Violations own = new Violations();
        Patch<IdentitySet> organizer = Inputs.patch(input.organizer(),
                set -> GraphValueReaders.identitySet(set, "organizer", own));
        Patch<List<IdentitySet>> participants = Inputs.patch(input.participants(),
                sets -> Inputs.each(sets, "participants", own, GraphValueReaders::identitySet));
        return Inputs.build(violations, own, "", () -> new CallRecordPatch(
                Patch.absent(),
                Inputs.patch(input.version()),
                Inputs.patch(input.type()),
                Inputs.patch(input.modalities()),
                Inputs.patch(input.startDateTime()),
                Inputs.patch(input.endDateTime()),
                Inputs.patch(input.lastModifiedDateTime()),
                Inputs.patch(input.joinWebUrl()),
                organizer,
                participants));
    }

    static CallRecordFilter filter(CallRecordFilterInput input) {
        CallRecordFilter filter = CallRecordFilter.none();
        if (input == null) {
            return filter;
        }
        if (input.startFrom() != null) {
            filter = filter.startingFrom(input.startFrom(), true);
        }
        if (input.startBefore() != null) {
            filter = filter.startingBefore(input.startBefore(), false);
        }
        if (input.participantId() != null) {
            filter = filter.withParticipant(input.participantId());
        }
        return filter;
    }

    private static Session session(SessionInput input, String path, Violations violations) {
        Violations own = new Violations();
        Endpoint caller = endpoint(input.caller(), join(path, "caller"), own);
        Endpoint callee = endpoint(input.callee(), join(path, "callee"), own);
        FailureInfo failureInfo = failureInfo(input.failureInfo(), join(path, "failureInfo"), own);
        List<Segment> segments = Inputs.each(input.segments(), join(path, "segments"), own, CallRecordInputs::segment);
        return Inputs.build(violations, own, path, () -> new Session(input.id(), caller, callee, input.startDateTime(),
                input.endDateTime(), input.modalities(), input.isTest(), failureInfo, segments));
    }

    private static Segment segment(SegmentInput input, String path, Violations violations) {
        Violations own = new Violations();
        Endpoint caller = endpoint(input.caller(), join(path, "caller"), own);
        Endpoint callee = endpoint(input.callee(), join(path, "callee"), own);
        FailureInfo failureInfo = failureInfo(input.failureInfo(), join(path, "failureInfo"), own);
        List<Media> media = Inputs.each(input.media(), join(path, "media"), own, CallRecordInputs::media);
        return Inputs.build(violations, own, path, () -> new Segment(input.id(), caller, callee, input.startDateTime(),
                input.endDateTime(), failureInfo, media));
    }

    private static Endpoint endpoint(EndpointInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        EndpointKind kind = input.kind() == null ? EndpointKind.ENDPOINT : input.kind();
        UserAgent userAgent = userAgent(input.userAgent(), join(path, "userAgent"), own);
        if (kind != EndpointKind.PARTICIPANT) {
            onlyForParticipants(own, path, "associatedIdentity", input.associatedIdentity());
            onlyForParticipants(own, path, "identity", input.identity());
            onlyForParticipants(own, path, "name", input.name());
            onlyForParticipants(own, path, "cpuName", input.cpuName());
            onlyForParticipants(own, path, "cpuCoresCount", input.cpuCoresCount());
            onlyForParticipants(own, path, "cpuProcessorSpeedInMhz", input.cpuProcessorSpeedInMhz());
            onlyForParticipants(own, path, "feedback", input.feedback());
        }
        Identity associated = GraphValueReaders.identity(input.associatedIdentity(), join(path, "associatedIdentity"), own);
        IdentitySet identity = GraphValueReaders.identitySet(input.identity(), join(path, "identity"), own);
        Endpoint.Feedback feedback = input.feedback() == null ? null : Inputs.build(own, new Violations(),
                join(path, "feedback"), () -> new Endpoint.Feedback(input.feedback().rating(), input.feedback().text(),
                        input.feedback().tokens()));
        return Inputs.build(violations, own, path, () -> switch (kind) {
            case ENDPOINT -> new Endpoint.Plain(userAgent);
            case SERVICE -> new Endpoint.OfService(userAgent);
            case PARTICIPANT -> new Endpoint.OfParticipant(userAgent, associated, identity, input.name(),
                    input.cpuName(), input.cpuCoresCount(), input.cpuProcessorSpeedInMhz(), feedback);
        });
    }

    private static void onlyForParticipants(Violations violations, String path, String property, Object value) {
        violations.require(value == null, join(path, property), "belongs to a participantEndpoint");
    }

    private static UserAgent userAgent(UserAgentInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        if (input.kind() == UserAgentKind.CLIENT) {
            own.require(input.role() == null, join(path, "role"), "belongs to a serviceUserAgent");
            return Inputs.build(violations, own, path, () -> new UserAgent.Client(input.headerValue(),
                    input.applicationVersion(), input.platform(), input.productFamily(), input.azureADAppId(),
                    input.communicationServiceId()));
        }
        String clientOnly = "belongs to a clientUserAgent";
        own.require(input.platform() == null, join(path, "platform"), clientOnly);
        own.require(input.productFamily() == null, join(path, "productFamily"), clientOnly);
        own.require(input.azureADAppId() == null, join(path, "azureADAppId"), clientOnly);
        own.require(input.communicationServiceId() == null, join(path, "communicationServiceId"), clientOnly);
        return Inputs.build(violations, own, path,
                () -> new UserAgent.Service(input.headerValue(), input.applicationVersion(), input.role()));
    }

    private static FailureInfo failureInfo(CreateCallRecordInput.FailureInfoInput input, String path,
                                           Violations violations) {
        if (input == null) {
            return null;
        }
        return Inputs.build(violations, new Violations(), path, () -> new FailureInfo(input.stage(), input.reason()));
    }

    private static Media media(MediaInput input, String path, Violations violations) {
        Violations own = new Violations();
        List<MediaStreamQuality> streams = Inputs.each(input.streams(), join(path, "streams"), own,
                (stream, at, v) -> Inputs.build(v, new Violations(), at,
                        () -> new MediaStreamQuality(stream.streamDirection(), stream.streamId(), stream.metrics())));
        return Inputs.build(violations, own, path, () -> new Media(input.label(), input.callerNetwork(),
                input.calleeNetwork(), input.callerDevice(), input.calleeDevice(), streams));
    }
}
