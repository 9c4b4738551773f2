package dev.switchboard.application.service;

import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordCommand;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.participant.AddParticipantCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.ParticipantQueries.ListParticipantsQuery;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Participants;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import dev.switchboard.application.testing.inmemory.MutableClock;
import dev.switchboard.application.testing.inmemory.RecordingCallEventPublisher;
import dev.switchboard.application.testing.inmemory.SequentialIdGenerator;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.NewParticipant;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Switchboard core over the in-memory adapters, and the steps the service tests take to set a scene ("given a group
 * call with a participant") and to look at what is stored. Each test makes its own, so no two tests share anything.
 *
 * <p>The given steps go through the use cases themselves, as a client would, so the scene is always one the core can
 * reach.
 */
public final class ServiceTestSupport {

    /** The tenant the tests act for. */
    public static final TenantId TENANT = Tenants.CONTOSO;
    /** Another tenant, which must never see the first one's calls. */
    public static final TenantId OTHER_TENANT = Tenants.FABRIKAM;
    /** The application (bot) that places the calls. */
    public static final String APPLICATION_ID = "3e5f1c2a-7b9d-4e8f-a1c2-d3e4f5a6b7c8";

    private final InMemoryPorts store = new InMemoryPorts();
    private final SwitchboardCore core;

    /** A core with Graph's default settings (operations move on after a second). */
    public ServiceTestSupport() {
        this(CoreSettings.defaults());
    }

    public ServiceTestSupport(CoreSettings settings) {
        this.core = SwitchboardCore.assemble(store.ports(), settings);
    }

    public SwitchboardCore core() {
        return core;
    }

    /** The adapters behind the core, to look at what is stored. */
    public InMemoryPorts store() {
        return store;
    }

    public MutableClock clock() {
        return store.clock();
    }

    public RecordingCallEventPublisher events() {
        return store.events();
    }

    // ---- given: calls

    /** A group call (two targets, joining a meeting) the application placed for {@link #TENANT}. */
    public Call aGroupCall() {
        return aGroupCallOf(TENANT);
    }

    public Call aGroupCallOf(TenantId tenantId) {
        return core.createCall().create(new CreateCallCommand(tenantId, APPLICATION_ID, Calls.aGroupCallSpec()));
    }

    /** A two-party call: one target, no meeting. Only the application is on its roster. */
    public Call aPeerToPeerCall() {
        return placed(Calls.aPeerToPeerSpec());
    }

    public Call placed(NewCall spec) {
        return core.createCall().create(new CreateCallCommand(TENANT, APPLICATION_ID, spec));
    }

    /** A group call, hung up at once. */
    public Call anEndedGroupCall() {
        return hangUp(aGroupCall());
    }

    public Call hangUp(Call call) {
        return core.hangUpCall().hangUp(new HangUpCallCommand(call.tenantId(), call.id()));
    }

    /** The call as it is stored now, whatever its state. */
    public Call reload(Call call) {
        return store.calls().find(call.tenantId(), call.id()).orElseThrow();
    }

    /** The call as a client reads it. */
    public Call read(Call call) {
        return core.callQueries().get(new GetCallQuery(call.tenantId(), call.id()));
    }

    // ---- given: participants

    /** A user, named after their id. */
    public static IdentitySet aUser(String userId) {
        return Identities.aUser(userId, "User " + userId);
    }

    /** What a client sends to add a user: unmuted, out of the lobby, with audio, video and a screen share. */
    public static NewParticipant aNewParticipant(IdentitySet identity) {
        return new NewParticipant(ParticipantInfo.of(identity), "{\"skill\":\"support\"}", false, false,
                Participants.threeStreams(), null);
    }

    public static InvitationParticipantInfo anInvitee(String userId) {
        return InvitationParticipantInfo.of(aUser(userId));
    }

    /** A participant added straight to the roster (seed {@code POST …/participants}). */
    public Participant aParticipantIn(Call call) {
        return aParticipantIn(call, Identities.aUser());
    }

    public Participant aParticipantIn(Call call, IdentitySet identity) {
        return core.addParticipant().add(new AddParticipantCommand(call.tenantId(), call.id(), aNewParticipant(identity)));
    }

    /** The participant as it is stored now, present or left. */
    public Participant reload(Participant participant) {
        return store.participants().find(participant.tenantId(), participant.callId(), participant.id()).orElseThrow();
    }

    /** Every participant on the call's roster, read page by page as a client would. */
    public List<Participant> roster(Call call) {
        List<Participant> all = new ArrayList<>();
        PageRequest request = PageRequest.first();
        while (true) {
            Page<Participant> page = core.participantQueries().list(
                    new ListParticipantsQuery(call.tenantId(), call.id(), request));
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            request = request.after(page.next().get());
        }
    }

    // ---- given: operations

    public CommsOperation anInvitation(Call call, InvitationParticipantInfo... invitees) {
        return core.inviteParticipants().invite(
                new InviteParticipantsCommand(call.tenantId(), call.id(), List.of(invitees), "invite-context"));
    }

    /** Completes an operation as the lifecycle engine (or a client's PATCH) does. */
    public CommsOperation complete(CommsOperation operation) {
        return core.updateOperation().update(new UpdateOperationCommand(operation.tenantId(), operation.callId(),
                operation.id(), OperationPatch.empty().withStatus(Patch.of(OperationStatus.COMPLETED)),
                ExpectedVersion.none()));
    }

    public CommsOperation reload(CommsOperation operation) {
        return store.operations().find(operation.tenantId(), operation.callId(), operation.id()).orElseThrow();
    }

    // ---- call records

    /**
     * What a client sends to create a half-hour group call record starting at {@code start}, organized by user
     * {@code organizer}, with the given sessions.
     */
    public static NewCallRecord aNewCallRecord(Instant start, Session... sessions) {
        IdentitySet organizer = aUser("organizer");
        return new NewCallRecord(null, CallType.GROUP_CALL, List.of(CallRecordModality.AUDIO), start,
                start.plus(Duration.ofMinutes(30)), null, organizer, List.of(organizer),
                new Organizer("organizer", organizer), List.of(new CallRecordParticipant("organizer", organizer)),
                List.of(sessions));
    }

    /** The same record, with {@code participantId} among its {@code participants_v2}. */
    public static NewCallRecord withParticipant(NewCallRecord record, String participantId) {
        List<CallRecordParticipant> participants = new ArrayList<>(record.participantsV2());
        participants.add(new CallRecordParticipant(participantId, aUser(participantId)));
        return new NewCallRecord(record.version(), record.type(), record.modalities(), record.startDateTime(),
                record.endDateTime(), record.joinWebUrl(), record.organizer(), record.participants(),
                record.organizerV2(), participants, record.sessions());
    }

    /** A session from {@code start}, five minutes long, in one segment. */
    public static Session aSession(String id, Instant start) {
        Instant end = start.plus(Duration.ofMinutes(5));
        return new Session(id, new Endpoint.Plain(null), new Endpoint.Plain(null), start, end,
                List.of(CallRecordModality.AUDIO), false, null,
                List.of(new Segment(id + "-segment", new Endpoint.Plain(null), new Endpoint.Plain(null), start, end,
                        null, List.of())));
    }

    public CallRecord aCallRecord(NewCallRecord record) {
        return core.createCallRecord().create(new CreateCallRecordCommand(TENANT, record));
    }

    /** The record an ended call left, read as a client reads it (with its sessions). */
    public CallRecord recordOf(Call call) {
        return core.callRecordQueries().get(new GetCallRecordQuery(call.tenantId(), CallRecordId.of(call.callChainId())));
    }

    // ---- refusals

    /** Checks that an invalid input names exactly these paths, in this order. */
    public static Consumer<InvalidInputException> naming(String... paths) {
        return refused -> assertThat(refused.errors()).extracting(FieldError::path).containsExactly(paths);
    }

    // ---- what is stored

    /**
     * Everything the stores hold for both test tenants, and every event published so far. Comparing two of these
     * proves that a refused request changed nothing at all.
     */
    public StoreContents contents() {
        List<Call> calls = Stream.of(TENANT, OTHER_TENANT)
                .flatMap(tenant -> store.calls().findPage(tenant, Optional.empty(), Integer.MAX_VALUE).stream())
                .toList();
        List<Participant> participants = calls.stream()
                .flatMap(call -> store.participants().findAll(call.tenantId(), call.id()).stream())
                .toList();
        // Every key comes from the sequential generator, so trying each id it has issued finds every operation.
        List<CommsOperation> operations = calls.stream()
                .flatMap(call -> LongStream.rangeClosed(1, store.ids().issued())
                        .mapToObj(n -> store.operations().find(call.tenantId(), call.id(),
                                OperationId.of(SequentialIdGenerator.idOf(n))))
                        .flatMap(Optional::stream))
                .toList();
        List<CallRecord> records = Stream.of(TENANT, OTHER_TENANT)
                .flatMap(tenant -> store.callRecords()
                        .find(tenant, CallRecordFilter.none(), Instant.MIN, Optional.empty(), Integer.MAX_VALUE).stream())
                .map(listed -> store.callRecords().find(listed.tenantId(), listed.id()).orElseThrow())
                .toList();
        return new StoreContents(calls, participants, operations, records, events().published());
    }

    /** A picture of the stores at one moment. */
    public record StoreContents(List<Call> calls, List<Participant> participants, List<CommsOperation> operations,
                                List<CallRecord> callRecords, List<CallEvent> events) {
    }
}
