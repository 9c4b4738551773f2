package dev.switchboard.adapter.persistence.testing;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.ChatInfo;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.call.MeetingInfo;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.ClientPlatform;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.FailureInfo;
import dev.switchboard.domain.callrecord.FailureStage;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.MediaStreamDirection;
import dev.switchboard.domain.callrecord.MediaStreamQuality;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.ServiceRole;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.UserAgent;
import dev.switchboard.domain.callrecord.UserFeedbackRating;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.identity.CallRecordUserIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationInstanceIdentity;
import dev.switchboard.domain.identity.CommunicationsEncryptedIdentity;
import dev.switchboard.domain.identity.CommunicationsGuestIdentity;
import dev.switchboard.domain.identity.CommunicationsPhoneIdentity;
import dev.switchboard.domain.identity.CommunicationsUserIdentity;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.IdentitySetKind;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.OperationKind;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.operation.UnmuteParticipantOperation;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RecordingStatus;
import dev.switchboard.domain.participant.RemovedState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Aggregates with every property drawn at random, nulls and blanks included, through the domain's own constructors
 * (so only valid ones). Each lives in a fresh tenant, so a property can store as many as it likes in a shared
 * database. Text keeps to characters every database stores as they are: none of PostgreSQL's forbidden NUL, no lone
 * UTF-16 surrogates.
 */
public final class AggregateArbitraries {

    private static final long FIRST_MICRO = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli() * 1_000;
    private static final long LAST_MICRO = Instant.parse("9999-12-31T23:59:59.999999Z").toEpochMilli() * 1_000 + 999;

    private AggregateArbitraries() {
    }

    // ---- the aggregates

    public static Arbitrary<Participant> participants() {
        Arbitrary<Participant> present = Combinators.combine(keys(), participantInfos(false), texts(),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), mediaStreams().list().ofMaxSize(3),
                        recordingInfos().injectNull(0.3), Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((key, info, metadata, muted, inLobby, streams, recording, roster) -> new Participant(key.tenant(),
                        key.call(), key.participant(), 0, info, metadata, muted, inLobby, streams, recording, null,
                        roster, Instant.EPOCH, null));
        return Combinators.combine(present, instants(), Arbitraries.longs().between(0, 1_000_000_000L),
                        texts().injectNull(0.5), Arbitraries.of(true, false))
                .as((participant, joined, stayedMicros, reason, left) -> new Participant(participant.tenantId(),
                        participant.callId(), participant.id(), participant.version(), participant.info(),
                        participant.metadata(), participant.isMuted(), participant.isInLobby(),
                        participant.mediaStreams(), participant.recordingInfo(),
                        left ? new RemovedState(reason) : null, participant.rosterSequenceNumber(), joined,
                        left ? later(joined, stayedMicros) : null));
    }

    public static Arbitrary<Call> calls() {
        Arbitrary<CallState> states = Arbitraries.of(CallState.class)
                .filter(state -> state != CallState.UNKNOWN_FUTURE_VALUE);
        return Combinators.combine(keys(), newCalls(), Arbitraries.of(CallKind.class), states,
                        Arbitraries.of(CallDirection.class), ids(), resultInfos().injectNull(0.4),
                        Arbitraries.of(MediaState.class).injectNull(0.2))
                .flatAs((key, spec, kind, state, direction, chainId, result, mediaState) ->
                        Combinators.combine(instants(), durations(), durations()).as((created, keptAlive, lasted) ->
                                new Call(key.tenant(), key.call(), 0, spec, kind, state, direction, chainId,
                                        key.participant(), result, mediaState, created, later(created, keptAlive),
                                        state.isTerminal() ? later(created, lasted) : null, "app-" + chainId)));
    }

    public static Arbitrary<CommsOperation> operations() {
        Arbitrary<OperationKind> kinds = Arbitraries.oneOf(
                invitees().list().ofMinSize(1).ofMaxSize(4).map(InviteParticipantsOperation::new),
                ids().map(id -> new MuteParticipantOperation(ParticipantId.of(id))),
                ids().map(id -> new UnmuteParticipantOperation(ParticipantId.of(id))));
        return Combinators.combine(keys(), ids(), kinds, Arbitraries.of(OperationStatus.class),
                        texts(256), resultInfos().injectNull(0.4), instants(), durations())
                .as((key, id, kind, status, context, result, created, lasted) -> new CommsOperation(key.tenant(),
                        key.call(), OperationId.of(id), 0, kind, status, context, result, created,
                        later(created, lasted)));
    }

    public static Arbitrary<CallRecord> callRecords() {
        Arbitrary<CallRecordParticipant> recordParticipants =
                Combinators.combine(texts(), identitySets().injectNull(0.2)).as(CallRecordParticipant::new);
        Arbitrary<CallRecord> header = Combinators.combine(keys(), Arbitraries.longs().between(1, Long.MAX_VALUE),
                        Arbitraries.of(CallType.class), Arbitraries.of(CallRecordModality.class).list().ofMaxSize(4),
                        texts(), identitySets().injectNull(0.3), identitySets().list().ofMaxSize(3),
                        Combinators.combine(texts(), identitySets().injectNull(0.3)).as(Organizer::new).injectNull(0.3))
                .as((key, version, type, modalities, joinWebUrl, organizer, participants, organizerV2) ->
                        new CallRecord(key.tenant(), CallRecordId.of(key.call().value()), version, type, modalities,
                                Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, joinWebUrl, organizer, participants,
                                organizerV2, List.of(), List.of(), Instant.EPOCH));
        return Combinators.combine(header, recordParticipants.list().ofMaxSize(4),
                        sessions().list().ofMaxSize(3).uniqueElements(Session::id), instants(), durations(), instants(),
                        instants())
                .as((record, participantsV2, sessions, start, lasted, modified, stored) -> new CallRecord(
                        record.tenantId(), record.id(), record.version(), record.type(), record.modalities(), start,
                        later(start, lasted), modified, record.joinWebUrl(), record.organizer(),
                        record.participants(), record.organizerV2(), participantsV2, sessions, stored));
    }

    // ---- the parts of calls

    private static Arbitrary<NewCall> newCalls() {
        Arbitrary<MediaConfig> mediaConfigs = Arbitraries.oneOf(
                texts().map(MediaConfig.AppHosted::new),
                Combinators.combine(texts(), texts()).as(MediaConfig.MediaInfo::new).list().ofMaxSize(3)
                        .map(MediaConfig.ServiceHosted::new));
        Arbitrary<MeetingInfo> meetings = Arbitraries.oneOf(
                identitySets().injectNull(0.2).map(MeetingInfo.Organizer::new),
                texts().map(MeetingInfo.Token::new),
                Combinators.combine(texts(), texts()).as(MeetingInfo.JoinMeetingId::new));
        Arbitrary<ChatInfo> chats = Combinators.combine(texts(), texts(), texts()).as(ChatInfo::new);
        Arbitrary<String> callbacks = ids().map(id -> "https://" + UUID.nameUUIDFromBytes(id.getBytes()) + ".example");
        return Combinators.combine(callbacks, texts(), participantInfos(false).injectNull(0.3),
                        invitees().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Modality.class).list().ofMaxSize(3),
                        mediaConfigs, chats.injectNull(0.5), meetings.injectNull(0.5))
                .flatAs((callback, subject, source, targets, modalities, media, chat, meeting) -> dynamicProperties()
                        .map(dynamic -> new NewCall(callback, subject, source, targets, modalities, media, chat,
                                meeting, dynamic)));
    }

    private static Arbitrary<ResultInfo> resultInfos() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), texts()).as(ResultInfo::new);
    }

    // ---- the parts of participants

    private static Arbitrary<ParticipantInfo> participantInfos(boolean identityMayBeMissing) {
        return Combinators.combine(identitySets().injectNull(identityMayBeMissing ? 0.3 : 0),
                        Arbitraries.of(EndpointType.class).injectNull(0.3), texts(), texts(), texts(), texts())
                .as(ParticipantInfo::new);
    }

    private static Arbitrary<InvitationParticipantInfo> invitees() {
        return Combinators.combine(identitySets(), texts(), Arbitraries.of(true, false).injectNull(0.3), texts(),
                        Arbitraries.of(true, false).injectNull(0.3), Arbitraries.of(EndpointType.class).injectNull(0.3),
                        dynamicProperties())
                .as(InvitationParticipantInfo::new);
    }

    private static Arbitrary<MediaStream> mediaStreams() {
        return Combinators.combine(Arbitraries.of(Modality.class), Arbitraries.of(MediaDirection.class),
                        strings(40), Arbitraries.of(true, false), texts())
                .as(MediaStream::new);
    }

    private static Arbitrary<RecordingInfo> recordingInfos() {
        return Combinators.combine(Arbitraries.of(RecordingStatus.class), identitySets().injectNull(0.4),
                        participantInfos(true).injectNull(0.4))
                .as(RecordingInfo::new);
    }

    // ---- the parts of call records

    private static Arbitrary<Session> sessions() {
        return Combinators.combine(ids(), endpoints().injectNull(0.2), endpoints().injectNull(0.2), instants(),
                        durations(), Arbitraries.of(CallRecordModality.class).list().ofMaxSize(3),
                        Arbitraries.of(true, false).injectNull(0.3), failureInfos().injectNull(0.5))
                .flatAs((id, caller, callee, start, lasted, modalities, isTest, failure) -> segments().list()
                        .ofMaxSize(2).uniqueElements(Segment::id)
                        .map(segments -> new Session(id, caller, callee, start, later(start, lasted), modalities,
                                isTest, failure, segments)));
    }

    private static Arbitrary<Segment> segments() {
        return Combinators.combine(ids(), endpoints().injectNull(0.2), endpoints().injectNull(0.2), instants(),
                        durations(), failureInfos().injectNull(0.5), media().list().ofMaxSize(2))
                .as((id, caller, callee, start, lasted, failure, media) -> new Segment(id, caller, callee, start,
                        later(start, lasted), failure, media));
    }

    private static Arbitrary<FailureInfo> failureInfos() {
        return Combinators.combine(Arbitraries.of(FailureStage.class).injectNull(0.2), texts()).as(FailureInfo::new);
    }

    private static Arbitrary<Endpoint> endpoints() {
        Arbitrary<UserAgent> userAgents = Arbitraries.oneOf(
                Combinators.combine(texts(), texts(), Arbitraries.of(ClientPlatform.class).injectNull(0.3),
                        Arbitraries.of(ProductFamily.class).injectNull(0.3), texts(), texts())
                        .as(UserAgent.Client::new),
                Combinators.combine(texts(), texts(), Arbitraries.of(ServiceRole.class).injectNull(0.3))
                        .as(UserAgent.Service::new));
        Arbitrary<Endpoint.Feedback> feedback = Combinators.combine(
                Arbitraries.of(UserFeedbackRating.class).injectNull(0.3), texts(), dynamicProperties())
                .as(Endpoint.Feedback::new);
        Arbitrary<Integer> counts = Arbitraries.integers().injectNull(0.3);
        return Arbitraries.oneOf(
                userAgents.injectNull(0.3).map(Endpoint.Plain::new),
                userAgents.injectNull(0.3).map(Endpoint.OfService::new),
                Combinators.combine(userAgents.injectNull(0.3), identities().injectNull(0.3),
                                identitySets().injectNull(0.3), texts(), texts(), counts, counts,
                                feedback.injectNull(0.4))
                        .as(Endpoint.OfParticipant::new));
    }

    private static Arbitrary<Media> media() {
        Arbitrary<MediaStreamQuality> streams = Combinators.combine(Arbitraries.of(MediaStreamDirection.class),
                texts(), dynamicProperties()).as(MediaStreamQuality::new);
        return Combinators.combine(texts(), dynamicProperties(), dynamicProperties(), dynamicProperties(),
                dynamicProperties(), streams.list().ofMaxSize(2)).as(Media::new);
    }

    // ---- identities and dynamic properties

    private static Arbitrary<IdentitySet> identitySets() {
        Arbitrary<Identity> slot = identities().injectNull(0.75);
        return Combinators.combine(Arbitraries.of(IdentitySetKind.class), slot, slot, slot, slot, slot, slot, slot)
                .flatAs((kind, user, application, device, instance, asserted, acs, encrypted) -> Combinators.combine(
                                Arbitraries.of(EndpointType.class).injectNull(0.7), slot, slot, slot,
                                dynamicProperties())
                        .as((endpointType, guest, onPremises, phone, dynamic) -> new IdentitySet(kind, user,
                                application, device, instance, asserted, acs, encrypted, endpointType, guest,
                                onPremises, phone, dynamic)));
    }

    private static Arbitrary<Identity> identities() {
        Arbitrary<Boolean> flags = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<Integer> types = Arbitraries.integers().between(0, 7);
        return Combinators.combine(texts(), texts(), texts(), flags, dynamicProperties(), types)
                .as((id, name, extra, flag, dynamic, type) -> switch (type) {
                    case 0 -> new PlainIdentity(id, name, dynamic);
                    case 1 -> new CommunicationsUserIdentity(id, name, extra, dynamic);
                    case 2 -> new CommunicationsApplicationIdentity(id, name, extra, flag, dynamic);
                    case 3 -> new CommunicationsApplicationInstanceIdentity(id, name, flag, extra, dynamic);
                    case 4 -> new CommunicationsGuestIdentity(id, name, extra, dynamic);
                    case 5 -> new CommunicationsPhoneIdentity(id, name, dynamic);
                    case 6 -> new CommunicationsEncryptedIdentity(id, name, dynamic);
                    default -> new CallRecordUserIdentity(id, name, extra, dynamic);
                });
    }

    private static Arbitrary<DynamicProperties> dynamicProperties() {
        return Arbitraries.maps(names(), dynamicValues()).ofMaxSize(3).map(DynamicProperties::of);
    }

    private static Arbitrary<DynamicValue> dynamicValues() {
        Arbitrary<DynamicValue> leaves = Arbitraries.oneOf(
                strings(40).map(DynamicValue.Text::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(4)
                        .map(DynamicValue.Number::new),
                Arbitraries.of(true, false).map(DynamicValue.Bool::new),
                Arbitraries.just(new DynamicValue.Null()));
        return Arbitraries.recursive(() -> leaves, values -> Arbitraries.oneOf(leaves,
                values.list().ofMaxSize(3).map(DynamicValue.Array::new),
                Arbitraries.maps(names(), values).ofMaxSize(3).map(DynamicValue.Struct::new)), 0, 2);
    }

    // ---- scalars

    /** A fresh tenant, and a call and a participant id in it. */
    private static Arbitrary<Key> keys() {
        return Combinators.combine(Arbitraries.create(() -> TenantId.of(UUID.randomUUID().toString())), ids(), ids())
                .as((tenant, call, participant) -> new Key(tenant, CallId.of(call), ParticipantId.of(participant)));
    }

    private record Key(TenantId tenant, CallId call, ParticipantId participant) {
    }

    /** A key: up to 256 characters without control characters, not blank. */
    private static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('!', '~').withChars("äöüßéçñ東京 ").ofMinLength(1).ofMaxLength(40)
                .filter(id -> !id.isBlank());
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }

    /** Free text: absent, empty or anything printable, quotes, backslashes and letters outside ASCII included. */
    private static Arbitrary<String> texts() {
        return texts(40);
    }

    private static Arbitrary<String> texts(int maxLength) {
        return strings(maxLength).injectNull(0.2);
    }

    private static Arbitrary<String> strings(int maxLength) {
        return Arbitraries.strings().withCharRange(' ', '\u024F').withCharRange('\u4E00', '\u4E20')
                .withChars("\t\n\r\"\\€").ofMaxLength(maxLength);
    }

    /** Any instant a timestamp column holds, at the microsecond the domain keeps. */
    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FIRST_MICRO, LAST_MICRO).map(AggregateArbitraries::atMicro);
    }

    /** A length of time, in microseconds: up to a few days. */
    private static Arbitrary<Long> durations() {
        return Arbitraries.longs().between(0, 400_000_000_000L);
    }

    /** {@code micros} after {@code start}, but never past the last instant a column holds. */
    private static Instant later(Instant start, long micros) {
        Instant candidate = start.plus(micros, ChronoUnit.MICROS);
        return candidate.isAfter(atMicro(LAST_MICRO)) ? atMicro(LAST_MICRO) : candidate;
    }

    private static Instant atMicro(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
