package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.testing.fixtures.CallRecords;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Participants;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.Endpoint;
import dev.switchboard.domain.callrecord.Media;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.UserAgent;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link CallRecordRepository} promises. A record is stored whole, with its sessions and segments in
 * order, and exactly at the version the domain gave it: the repository checks versions, it never sets them. Uses only
 * the port, each test in a tenant of its own.
 */
public abstract class CallRecordRepositoryContractTest {

    /** The adapter under test; return the same one for the whole test. */
    protected abstract CallRecordRepository callRecords();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
    }

    // ---- retention purge

    @Test
    void the_purge_deletes_records_stored_before_the_cutoff_with_their_sessions_and_keeps_the_others() {
        // far in the past, so that the purge touches nothing another test keeps
        Instant cutoff = Instant.parse("1000-01-01T00:00:00Z");
        CallRecord old = callRecords().insert(aCallRecord().tenant(tenant)
                .storedAt(cutoff.minusSeconds(1)).build());
        CallRecord kept = callRecords().insert(aCallRecord().tenant(tenant).storedAt(cutoff).build());

        int purged = callRecords().purgeStoredBefore(cutoff, 1_000);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(callRecords().find(tenant, old.id())).isEmpty();
        assertThat(callRecords().find(tenant, kept.id())).isPresent();
    }

    // ---- insert and find

    @Test
    void an_inserted_record_comes_back_whole_with_its_sessions_segments_and_media() {
        CallRecord record = aCallRecord().tenant(tenant).build();

        CallRecord stored = callRecords().insert(record);

        assertThat(stored).isEqualTo(record);
        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void a_record_keeps_the_version_it_was_given() {
        CallRecord record = aCallRecord().tenant(tenant).version(7).build();

        assertThat(callRecords().insert(record).version()).isEqualTo(7);

        assertThat(find(record.id()).map(CallRecord::version)).contains(7L);
    }

    @Test
    void the_record_an_ended_call_leaves_round_trips() {
        Call call = Calls.aCall().tenant(tenant).terminatedAt(T0.plus(Duration.ofMinutes(30))).build();
        List<Participant> participants = List.of(
                Participants.aParticipant().of(call).build(),
                Participants.aParticipant().of(call).leftAt(T0.plus(Duration.ofMinutes(12)), "left").build());
        CallRecord record = CallRecord.ofEndedCall(call, participants, T0.plus(Duration.ofMinutes(31)));

        callRecords().insert(record);

        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void a_record_without_sessions_or_optional_properties_keeps_its_nulls_and_empties() {
        CallRecord record = aCallRecord().tenant(tenant).type(CallType.UNKNOWN).modalities(List.of())
                .joinWebUrl(null).organizer(null).participants(List.of()).organizerV2(null).participantsV2(List.of())
                .noSessions().build();

        callRecords().insert(record);

        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void blanks_and_empty_identities_are_not_turned_into_nulls() {
        CallRecord record = aCallRecord().tenant(tenant).joinWebUrl("")
                .organizer(Identities.anEmptySet())
                .participants(List.of(Identities.aSetOfBlankIdentities(), Identities.anEmptySet()))
                .organizerV2(new Organizer(null, null))
                .participantsV2(List.of(new CallRecordParticipant("", null)))
                .build();

        callRecords().insert(record);

        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void every_kind_of_endpoint_and_user_agent_and_sparse_media_round_trip() {
        Instant start = T0;
        Instant end = T0.plusSeconds(60);
        List<Endpoint> endpoints = List.of(
                CallRecords.aParticipantEndpoint(),
                new Endpoint.OfParticipant(null, null, null, null, null, null, null, null),
                new Endpoint.OfParticipant(null, null, null, "", "", 0, 0,
                        new Endpoint.Feedback(null, null, null)),
                CallRecords.aServiceEndpoint(),
                new Endpoint.OfService(null),
                new Endpoint.OfService(new UserAgent.Service(null, null, null)),
                new Endpoint.Plain(null),
                new Endpoint.Plain(new UserAgent.Client("", "", null, null, "", "")));
        List<Session> sessions = new ArrayList<>();
        for (Endpoint caller : endpoints) {
            Segment segment = new Segment(Ids.random(), caller, caller, start, end, null,
                    List.of(CallRecords.someMedia(), new Media("", null, null, null, null, List.of())));
            sessions.add(new Session(Ids.random(), caller, caller, start, end, List.of(CallRecordModality.DATA), null,
                    null, List.of(segment)));
        }
        CallRecord record = aCallRecord().tenant(tenant).sessions(sessions).build();

        callRecords().insert(record);

        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void sessions_and_segments_keep_their_order() {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant at = T0.plusSeconds(12 - i);
            sessions.add(i % 2 == 0 ? CallRecords.aSessionWithMedia(at) : CallRecords.aFailedSession(at));
        }
        CallRecord record = aCallRecord().tenant(tenant).sessions(sessions).build();

        callRecords().insert(record);

        assertThat(find(record.id()).orElseThrow().sessions()).extracting(Session::id)
                .containsExactlyElementsOf(sessions.stream().map(Session::id).toList());
    }

    @Test
    void every_modality_and_type_round_trips() {
        CallRecord record = aCallRecord().tenant(tenant).type(CallType.UNKNOWN_FUTURE_VALUE)
                .modalities(List.of(CallRecordModality.values())).build();

        callRecords().insert(record);

        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void timestamps_keep_their_microseconds_and_survive_awkward_dates() {
        for (Instant at : Times.AWKWARD) {
            Session session = new Session(Ids.random(), null, null, at, at, null, null, null,
                    List.of(new Segment(Ids.random(), null, null, at, at, null, null)));
            CallRecord record = aCallRecord().tenant(tenant).startingAt(at).endingAt(at).lastModifiedAt(at)
                    .storedAt(at).sessions(List.of(session)).build();

            callRecords().insert(record);

            Expect.sameInEveryField(find(record.id()), record);
        }
    }

    @Test
    void the_longest_id_round_trips() {
        CallRecord record = aCallRecord().tenant(tenant).id(Ids.longest()).build();

        callRecords().insert(record);

        Expect.sameInEveryField(find(record.id()), record);
    }

    @Test
    void a_record_never_stored_is_not_found() {
        assertThat(find(Ids.callRecordId())).isEmpty();
    }

    @Test
    void inserting_a_record_twice_is_refused_with_a_conflict_and_keeps_the_first() {
        CallRecord first = callRecords().insert(aCallRecord().tenant(tenant).build());

        assertThatThrownBy(() -> callRecords().insert(aCallRecord().tenant(tenant).id(first.id()).noSessions().build()))
                .isInstanceOf(ConflictException.class);

        Expect.sameInEveryField(find(first.id()), first);
    }

    // ---- tenants

    @Test
    void another_tenant_never_sees_the_record() {
        CallRecord record = callRecords().insert(aCallRecord().tenant(tenant).build());

        assertThat(callRecords().find(Tenants.random(), record.id())).isEmpty();
    }

    @Test
    void two_tenants_may_use_the_same_record_id_without_touching_each_other() {
        TenantId other = Tenants.random();
        CallRecord mine = callRecords().insert(aCallRecord().tenant(tenant).build());
        CallRecord theirs = callRecords().insert(aCallRecord().tenant(other).id(mine.id()).noSessions().build());

        callRecords().update(theirs.withVersion(5), 1);

        Expect.sameInEveryField(find(mine.id()), mine);
        assertThat(callRecords().find(other, mine.id()).map(CallRecord::version)).contains(5L);
    }

    @Test
    void an_update_under_another_tenant_is_refused_and_changes_nothing() {
        CallRecord mine = callRecords().insert(aCallRecord().tenant(tenant).build());
        CallRecord forged = aCallRecord().tenant(Tenants.random()).id(mine.id()).version(2).build();

        assertThatThrownBy(() -> callRecords().update(forged, 1)).isInstanceOf(ConflictException.class);

        Expect.sameInEveryField(find(mine.id()), mine);
    }

    // ---- update

    @Test
    void an_update_stores_the_revised_record_as_it_is() {
        CallRecord stored = callRecords().insert(aCallRecord().tenant(tenant).build());
        CallRecord revised = stored.update(CallRecordPatch.empty()
                .withType(Patch.of(CallType.PEER_TO_PEER))
                .withJoinWebUrl(Patch.cleared())
                .withEndDateTime(Patch.of(stored.endDateTime().plusSeconds(60)))
                .withParticipants(Patch.of(List.of(Identities.aUser())))
                .withVersion(Patch.of(9L)), T0.plus(Duration.ofHours(1)));

        CallRecord updated = callRecords().update(revised, stored.version());

        assertThat(updated).isEqualTo(revised);
        assertThat(updated.version()).isEqualTo(9);
        Expect.sameInEveryField(find(stored.id()), revised);
    }

    @Test
    void an_update_replaces_the_sessions_too() {
        CallRecord stored = callRecords().insert(aCallRecord().tenant(tenant).build());
        CallRecord fewer = aCallRecord().tenant(tenant).id(stored.id()).version(2)
                .sessions(List.of(CallRecords.aFailedSession(T0))).build();
        CallRecord none = aCallRecord().tenant(tenant).id(stored.id()).version(3).noSessions().build();

        callRecords().update(fewer, 1);
        Expect.sameInEveryField(find(stored.id()), fewer);

        callRecords().update(none, 2);
        Expect.sameInEveryField(find(stored.id()), none);
    }

    @Test
    void a_stale_update_is_refused_with_a_conflict() {
        CallRecord read = callRecords().insert(aCallRecord().tenant(tenant).build());
        CallRecord winner = callRecords().update(read.withVersion(2), 1);

        assertThatThrownBy(() -> callRecords().update(read.withVersion(3).update(
                CallRecordPatch.empty().withJoinWebUrl(Patch.of("https://late")), T0), 1))
                .isInstanceOf(ConflictException.class);

        Expect.sameInEveryField(find(read.id()), winner);
    }

    @Test
    void an_update_that_names_a_version_never_stored_is_refused_with_a_conflict() {
        CallRecord stored = callRecords().insert(aCallRecord().tenant(tenant).version(4).build());

        assertThatThrownBy(() -> callRecords().update(stored.withVersion(6), 5)).isInstanceOf(ConflictException.class);

        Expect.sameInEveryField(find(stored.id()), stored);
    }

    @Test
    void an_update_of_a_record_never_stored_is_refused_with_a_conflict_and_stores_nothing() {
        CallRecord missing = aCallRecord().tenant(tenant).version(2).build();

        assertThatThrownBy(() -> callRecords().update(missing, 1)).isInstanceOf(ConflictException.class);

        assertThat(find(missing.id())).isEmpty();
    }

    private Optional<CallRecord> find(CallRecordId id) {
        return callRecords().find(tenant, id);
    }
}
