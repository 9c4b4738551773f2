package dev.switchboard.domain.testing;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.Timestamps;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
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
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.ParticipantPatch;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RecordingStatus;
import dev.switchboard.domain.participant.RemovedState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generators for the domain's values and aggregates, shared by the properties. They feed the test-data builders, so
 * a generated participant is built exactly as a hand-written one, only with more varied data.
 */
public final class DomainArbitraries {

    private static final long YEAR_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    private static final long DAY_IN_NANOS = Duration.ofDays(1).toNanos();

    private DomainArbitraries() {
    }

    // ---- time

    /** Any instant of this century, to the nanosecond: finer than the microsecond the domain stores. */
    public static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(YEAR_2000, YEAR_2100),
                        Arbitraries.longs().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /** Instants as the domain stores them: to the microsecond. */
    public static Arbitrary<Instant> storedInstants() {
        return instants().map(Timestamps::micros);
    }

    /** A signed gap in nanoseconds: often within a few microseconds (where truncation matters), else up to ten days. */
    public static Arbitrary<Long> nanoGaps() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-3_000, 3_000),
                Arbitraries.longs().between(-10 * DAY_IN_NANOS, 10 * DAY_IN_NANOS));
    }

    /** A gap that does not go backwards, up to ten days. */
    public static Arbitrary<Duration> forwardGaps() {
        return Arbitraries.oneOf(
                        Arbitraries.longs().between(0, 3_000),
                        Arbitraries.longs().between(0, 10 * DAY_IN_NANOS))
                .map(Duration::ofNanos);
    }

    // ---- text and identities

    public static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    public static Arbitrary<Boolean> booleans() {
        return Arbitraries.of(true, false);
    }

    public static Arbitrary<DynamicProperties> dynamicProperties() {
        return Arbitraries.oneOf(
                Arbitraries.just(DynamicProperties.none()),
                names().map(region -> DynamicProperties.of(Map.of("region", new DynamicValue.Text(region)))));
    }

    public static Arbitrary<Identity> identities() {
        Arbitrary<String> ids = names().injectNull(0.1);
        Arbitrary<String> displayNames = names().injectNull(0.3);
        return Arbitraries.oneOf(
                Combinators.combine(ids, displayNames, dynamicProperties()).as(PlainIdentity::new),
                Combinators.combine(ids, displayNames, names().injectNull(0.5))
                        .as((id, name, tenant) -> new CommunicationsUserIdentity(id, name, tenant, null)),
                Combinators.combine(ids, displayNames)
                        .as((id, name) -> new CommunicationsApplicationIdentity(id, name, "bot", null, null)));
    }

    public static Arbitrary<IdentitySet> identitySets() {
        Arbitrary<Identity> phones = names().map(number -> new CommunicationsPhoneIdentity("+44" + number, null, null));
        Arbitrary<Identity> guests = names().map(name -> new CommunicationsGuestIdentity(name, name, name + "@example.com", null));
        return Builders.withBuilder(IdentitySetBuilder::anIdentitySet)
                .use(Arbitraries.of(IdentitySetKind.class).injectNull(0.5)).in(IdentitySetBuilder::ofKind)
                .use(identities().injectNull(0.3)).in(IdentitySetBuilder::withUser)
                .use(identities().injectNull(0.6)).in(IdentitySetBuilder::withApplication)
                .use(phones.injectNull(0.8)).in(IdentitySetBuilder::withPhone)
                .use(guests.injectNull(0.9)).in(IdentitySetBuilder::withGuest)
                .use(Arbitraries.of(EndpointType.class).injectNull(0.9)).in(IdentitySetBuilder::withEndpointType)
                .build(IdentitySetBuilder::build);
    }

    // ---- participants

    /** Participant infos as a client or an invitation describes them: without the service's participant id. */
    public static Arbitrary<ParticipantInfo> participantInfos() {
        Arbitrary<String> optionalText = names().injectNull(0.4);
        return Combinators.combine(identitySets(), Arbitraries.of(EndpointType.class).injectNull(0.3),
                        optionalText, optionalText, optionalText)
                .as((identity, endpointType, region, languageId, countryCode) ->
                        new ParticipantInfo(identity, endpointType, region, languageId, countryCode, null));
    }

    public static Arbitrary<MediaStream> mediaStreams() {
        return Combinators.combine(Arbitraries.of(Modality.class), Arbitraries.of(MediaDirection.class), names(),
                        booleans(), names().injectNull(0.5))
                .as(MediaStream::new);
    }

    public static Arbitrary<RecordingInfo> recordingInfos() {
        return Combinators.combine(Arbitraries.of(RecordingStatus.class), identitySets().injectNull(0.7))
                .as((status, initiator) -> new RecordingInfo(status, initiator, null));
    }

    public static Arbitrary<String> participantIds() {
        return names().map(name -> "p-" + name);
    }

    /** Participants on the roster (not removed), as the repository rebuilds them. */
    public static Arbitrary<Participant> participants() {
        return Builders.withBuilder(ParticipantBuilder::aParticipant)
                .use(participantIds()).in(ParticipantBuilder::withId)
                .use(Arbitraries.longs().between(0, 20)).in(ParticipantBuilder::withVersion)
                .use(participantInfos()).in(ParticipantBuilder::withInfo)
                .use(names().injectNull(0.5)).in(ParticipantBuilder::withMetadata)
                .use(booleans()).in(ParticipantBuilder::muted)
                .use(booleans()).in(ParticipantBuilder::inLobby)
                .use(mediaStreams().list().ofMaxSize(3)).in((builder, streams) -> builder.withMediaStreams(streams))
                .use(recordingInfos().injectNull(0.3)).in(ParticipantBuilder::withRecordingInfo)
                .use(Arbitraries.longs().between(0, 1_000)).in(ParticipantBuilder::withRosterSequenceNumber)
                .use(instants()).in(ParticipantBuilder::joinedAt)
                .build(ParticipantBuilder::build);
    }

    /** Participants on the roster, and now and then one that has left. */
    public static Arbitrary<Participant> participantsPresentOrLeft() {
        Arbitrary<Participant> left = Combinators.combine(participants(), names(), forwardGaps())
                .as((participant, reason, stay) ->
                        participant.remove(new RemovedState(reason), participant.joinedDateTime().plus(stay)));
        return Arbitraries.frequencyOf(Tuple.of(4, participants()), Tuple.of(1, left));
    }

    public static Arbitrary<InvitationParticipantInfo> invitees() {
        return Combinators.combine(identitySets(), names().injectNull(0.8), booleans().injectNull(0.7),
                        Arbitraries.of(EndpointType.class).injectNull(0.8), dynamicProperties())
                .as((identity, replacesCallId, hidden, endpointType, dynamic) ->
                        new InvitationParticipantInfo(identity, replacesCallId, hidden, null, null, endpointType, dynamic));
    }

    // ---- PATCH bodies

    /** The patch that resends {@code stored}: its value, or {@code null} when nothing is stored. */
    public static <T> Patch<T> resend(T stored) {
        return Patch.ofNullable(stored);
    }

    /** A PATCH property for something stored as {@code stored}: left out, resent, cleared, or one of {@code others}. */
    public static <T> Arbitrary<Patch<T>> patchesOf(T stored, Arbitrary<T> others) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Patch.<T>absent())),
                Tuple.of(3, Arbitraries.just(resend(stored))),
                Tuple.of(1, Arbitraries.just(Patch.<T>cleared())),
                Tuple.of(2, others.map(Patch::ofNullable)));
    }

    /**
     * A PATCH of {@code stored}'s media streams: left out, cleared, resent with any {@code serverMuted} flags, or
     * with a stream added, removed or changed in a read-only way.
     */
    public static Arbitrary<Patch<List<MediaStream>>> mediaStreamPatchesFor(List<MediaStream> stored) {
        Arbitrary<List<MediaStream>> flipped = booleans().list().ofSize(stored.size()).map(flags -> {
            List<MediaStream> streams = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                streams.add(stored.get(i).withServerMuted(flags.get(i)));
            }
            return streams;
        });
        Arbitrary<List<MediaStream>> added = mediaStreams().map(extra -> {
            List<MediaStream> streams = new ArrayList<>(stored);
            streams.add(extra);
            return streams;
        });
        List<Tuple.Tuple2<Integer, Arbitrary<Patch<List<MediaStream>>>>> choices = new ArrayList<>(List.of(
                Tuple.of(3, Arbitraries.just(Patch.<List<MediaStream>>absent())),
                Tuple.of(1, Arbitraries.just(Patch.<List<MediaStream>>cleared())),
                Tuple.of(4, flipped.map(Patch::of)),
                Tuple.of(1, added.map(Patch::of))));
        if (!stored.isEmpty()) {
            Arbitrary<Integer> index = Arbitraries.integers().between(0, stored.size() - 1);
            Arbitrary<List<MediaStream>> removed = index.map(i -> {
                List<MediaStream> streams = new ArrayList<>(stored);
                streams.remove((int) i);
                return streams;
            });
            Arbitrary<List<MediaStream>> changed = Combinators.combine(index, mediaStreams()).as((i, other) -> {
                List<MediaStream> streams = new ArrayList<>(stored);
                streams.set(i, other);
                return streams;
            });
            choices.add(Tuple.of(1, removed.map(Patch::of)));
            choices.add(Tuple.of(2, changed.map(Patch::of)));
        }
        return Arbitraries.frequencyOf(choices);
    }

    /** Any PATCH of {@code stored}: half of them acceptable, the others with each property anything at all. */
    public static Arbitrary<ParticipantPatch> participantPatchesFor(Participant stored) {
        return Arbitraries.oneOf(acceptablePatchesFor(stored), anyPatchesFor(stored));
    }

    /** PATCH bodies a client may send: read-only properties left out or resent, writable ones set as it likes. */
    public static Arbitrary<ParticipantPatch> acceptablePatchesFor(Participant stored) {
        Arbitrary<Patch<List<MediaStream>>> serverMutedOnly = mediaStreamPatchesFor(stored.mediaStreams())
                .filter(patch -> patch.isAbsent() || sameStreamsButServerMuted(patch.applyTo(null), stored.mediaStreams()));
        return Builders.withBuilder(ParticipantPatchBuilder::aParticipantPatch)
                .use(leftOutOrResent(stored.id().value())).in(ParticipantPatchBuilder::withId)
                .use(Arbitraries.oneOf(leftOutOrResent(stored.info()),
                        Arbitraries.just(Patch.of(stored.info().withParticipantId(null)))))
                .in(ParticipantPatchBuilder::withInfo)
                .use(leftOutOrResent(stored.recordingInfo())).in(ParticipantPatchBuilder::withRecordingInfo)
                .use(serverMutedOnly).in(ParticipantPatchBuilder::withMediaStreams)
                .use(patchesOf(stored.metadata(), names())).in(ParticipantPatchBuilder::withMetadata)
                .use(leftOutOrSet(booleans())).in(ParticipantPatchBuilder::withIsMuted)
                .use(leftOutOrSet(booleans())).in(ParticipantPatchBuilder::withIsInLobby)
                .use(leftOutOrResent(stored.removedState())).in(ParticipantPatchBuilder::withRemovedState)
                .use(leftOutOrResent(stored.rosterSequenceNumber())).in(ParticipantPatchBuilder::withRosterSequenceNumber)
                .build(ParticipantPatchBuilder::build);
    }

    /** PATCH bodies with each property, independently, left out, resent, cleared or changed. */
    public static Arbitrary<ParticipantPatch> anyPatchesFor(Participant stored) {
        Arbitrary<Patch<ParticipantInfo>> info = Arbitraries.frequencyOf(
                Tuple.of(4, patchesOf(stored.info(), participantInfos())),
                // seed 000: the info as stored, but without the participantId the service filled in
                Tuple.of(2, Arbitraries.just(Patch.of(stored.info().withParticipantId(null)))));
        return Builders.withBuilder(ParticipantPatchBuilder::aParticipantPatch)
                .use(patchesOf(stored.id().value(), participantIds())).in(ParticipantPatchBuilder::withId)
                .use(info).in(ParticipantPatchBuilder::withInfo)
                .use(patchesOf(stored.recordingInfo(), recordingInfos())).in(ParticipantPatchBuilder::withRecordingInfo)
                .use(mediaStreamPatchesFor(stored.mediaStreams())).in(ParticipantPatchBuilder::withMediaStreams)
                .use(patchesOf(stored.metadata(), names())).in(ParticipantPatchBuilder::withMetadata)
                .use(patchesOf(stored.isMuted(), booleans())).in(ParticipantPatchBuilder::withIsMuted)
                .use(patchesOf(stored.isInLobby(), booleans())).in(ParticipantPatchBuilder::withIsInLobby)
                .use(patchesOf(stored.removedState(), names().map(RemovedState::new)))
                .in(ParticipantPatchBuilder::withRemovedState)
                .use(patchesOf(stored.rosterSequenceNumber(), Arbitraries.longs().between(0, 2_000)))
                .in(ParticipantPatchBuilder::withRosterSequenceNumber)
                .build(ParticipantPatchBuilder::build);
    }

    private static <T> Arbitrary<Patch<T>> leftOutOrResent(T stored) {
        return Arbitraries.of(Patch.absent(), resend(stored));
    }

    private static <T> Arbitrary<Patch<T>> leftOutOrSet(Arbitrary<T> values) {
        return Arbitraries.oneOf(Arbitraries.just(Patch.<T>absent()), values.map(Patch::of));
    }

    private static boolean sameStreamsButServerMuted(List<MediaStream> sent, List<MediaStream> stored) {
        if (sent == null || sent.size() != stored.size()) {
            return false;
        }
        for (int i = 0; i < sent.size(); i++) {
            if (!sent.get(i).withServerMuted(stored.get(i).serverMuted()).equals(stored.get(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- operations

    public static Arbitrary<OperationKind> operationKinds() {
        return Arbitraries.oneOf(
                invitees().list().ofMinSize(1).ofMaxSize(3).map(InviteParticipantsOperation::new),
                participantIds().map(id -> new MuteParticipantOperation(ParticipantId.of(id))),
                participantIds().map(id -> new UnmuteParticipantOperation(ParticipantId.of(id))));
    }

    public static Arbitrary<ResultInfo> resultInfos() {
        return Combinators.combine(Arbitraries.integers().between(100, 599), Arbitraries.integers().between(0, 9_999),
                        names().injectNull(0.3))
                .as(ResultInfo::new);
    }

    /** Client contexts within Graph's limit of 256 characters, or none. */
    public static Arbitrary<String> clientContexts() {
        return Arbitraries.strings().excludeChars('\u0000').ofMaxLength(40).injectNull(0.2);
    }

    /** Operations in any status and of any kind, as the repository rebuilds them. */
    public static Arbitrary<CommsOperation> operations() {
        return Builders.withBuilder(OperationBuilder::anOperation)
                .use(names().map(name -> "op-" + name)).in(OperationBuilder::withId)
                .use(Arbitraries.longs().between(0, 20)).in(OperationBuilder::withVersion)
                .use(operationKinds()).in(OperationBuilder::ofKind)
                .use(Arbitraries.of(OperationStatus.class)).in(OperationBuilder::withStatus)
                .use(clientContexts()).in(OperationBuilder::withClientContext)
                .use(resultInfos().injectNull(0.5)).in(OperationBuilder::withResultInfo)
                .use(Combinators.combine(instants(), forwardGaps()).as(Tuple::of))
                .in((builder, times) -> builder.createdAt(times.get1()).lastModifiedAt(times.get1().plus(times.get2())))
                .build(OperationBuilder::build);
    }

    // ---- calls

    /** Valid call requests of every shape: one target, several, a meeting with or without targets. */
    public static Arbitrary<NewCall> newCalls() {
        Arbitrary<List<InvitationParticipantInfo>> someTargets = invitees().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Modality[]> modalities = Arbitraries.of(Modality.class).array(Modality[].class).ofMaxSize(3);
        return Builders.withBuilder(NewCallBuilder::aNewCall)
                .use(someTargets).in(NewCallBuilder::withTargets)
                .use(modalities).in(NewCallBuilder::withRequestedModalities)
                .use(Arbitraries.of(Meeting.class)).in((builder, meeting) -> meeting.applyTo(builder))
                .build(NewCallBuilder::build);
    }

    private enum Meeting {
        NONE, WITH_TARGETS, WITHOUT_TARGETS;

        NewCallBuilder applyTo(NewCallBuilder builder) {
            return switch (this) {
                case NONE -> builder;
                case WITH_TARGETS -> builder.inAMeeting();
                case WITHOUT_TARGETS -> builder.joiningAMeeting();
            };
        }
    }

    /** The states a stored, live call can be in. */
    public static Arbitrary<CallState> liveCallStates() {
        return Arbitraries.of(CallState.class)
                .filter(state -> !state.isTerminal() && state != CallState.UNKNOWN_FUTURE_VALUE);
    }

    /** Live calls of every shape and state, placed at any time. */
    public static Arbitrary<Call> liveCalls() {
        return Combinators.combine(newCalls(), liveCallStates(), instants())
                .as((spec, state, placedAt) -> CallBuilder.aCall().from(spec).inState(state).placedAt(placedAt).build());
    }

    /** Live peer-to-peer calls: one target, no meeting, in any live state. */
    public static Arbitrary<Call> livePeerToPeerCalls() {
        return Combinators.combine(invitees(), liveCallStates(), instants())
                .as((target, state, placedAt) -> CallBuilder.aCall()
                        .from(NewCallBuilder.aNewCall().withTargets(target)).inState(state).placedAt(placedAt).build());
    }

    // ---- call records

    public static Arbitrary<List<CallRecordModality>> callRecordModalities() {
        return Arbitraries.of(CallRecordModality.class).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    public static Arbitrary<String> joinWebUrls() {
        return names().map(name -> "https://teams.example.com/l/meetup-join/" + name);
    }

    /** Valid records at versions 1 to 1000, as the repository rebuilds them. */
    public static Arbitrary<CallRecord> callRecords() {
        return Builders.withBuilder(CallRecordBuilder::aCallRecord)
                .use(Arbitraries.longs().between(1, 1_000)).in(CallRecordBuilder::withVersion)
                .use(Arbitraries.of(CallType.class)).in(CallRecordBuilder::ofType)
                .use(callRecordModalities()).in((builder, modalities) -> builder.withModalities(modalities))
                .use(Combinators.combine(storedInstants(), forwardGaps()).as(Tuple::of))
                .in((builder, span) -> builder.between(span.get1(), span.get1().plus(span.get2())))
                .use(storedInstants()).in((builder, at) -> builder.lastModifiedAt(at).storedAt(at))
                .use(joinWebUrls().injectNull(0.5)).in(CallRecordBuilder::withJoinWebUrl)
                .use(identitySets().injectNull(0.3)).in(CallRecordBuilder::withOrganizer)
                .use(identitySets().list().ofMaxSize(3)).in(CallRecordBuilder::withParticipants)
                .build(CallRecordBuilder::build);
    }
}
