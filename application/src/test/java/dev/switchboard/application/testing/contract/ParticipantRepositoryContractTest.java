package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.ParticipantOfCall;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Concurrently;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Participants;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.identity.EndpointType;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ParticipantRepository} promises. Participants are keyed by tenant, call and id; those who left
 * stay stored but drop out of the roster queries. A participant can also be read together with its call, in one go.
 * Uses only the ports, each test in a tenant of its own.
 */
public abstract class ParticipantRepositoryContractTest {

    /** The adapter under test; return the same one for the whole test. */
    protected abstract ParticipantRepository participants();

    /** The calls {@link #participants()} reads along with a participant; return the same one for the whole test. */
    protected abstract CallRepository calls();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;
    private CallId call;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
        call = Ids.callId();
    }

    // ---- insert and find

    @Test
    void an_inserted_participant_comes_back_at_version_1_with_every_property() {
        Participant participant = inTheCall().build();

        Participant stored = participants().insert(participant);

        assertThat(stored).isEqualTo(participant.withVersion(1));
        Expect.sameInEveryField(find(participant.id()), participant.withVersion(1));
    }

    @Test
    void a_participant_who_joined_from_an_invitation_round_trips() {
        Participant invited = Participant.fromInvitation(tenant, call, Ids.participantId(),
                new InvitationParticipantInfo(Identities.aFullyLoadedSet(), null, null, null, null,
                        EndpointType.DEFAULT, Identities.regionAndLanguage()), 42, T0);

        participants().insert(invited);

        Expect.sameInEveryField(find(invited.id()), invited.withVersion(1));
    }

    @Test
    void a_sparse_participant_keeps_its_nulls_as_nulls_and_its_blanks_as_blanks() {
        Participant sparse = inTheCall()
                .info(new ParticipantInfo(Identities.anEmptySet(), null, null, "", null, null))
                .metadata(null).mediaStreams(List.of()).recordingInfo(null).rosterSequenceNumber(0).build();
        Participant blank = inTheCall()
                .info(new ParticipantInfo(Identities.aSetOfBlankIdentities(), EndpointType.UNKNOWN_FUTURE_VALUE, "",
                        null, "", ""))
                .metadata("")
                .mediaStreams(List.of(new MediaStream(Modality.UNKNOWN, MediaDirection.INACTIVE, "", false, null)))
                .recordingInfo(new RecordingInfo(RecordingStatus.UNKNOWN, Identities.anEmptySet(),
                        ParticipantInfo.of(null)))
                .build();

        participants().insert(sparse);
        participants().insert(blank);

        Expect.sameInEveryField(find(sparse.id()), sparse.withVersion(1));
        Expect.sameInEveryField(find(blank.id()), blank.withVersion(1));
    }

    @Test
    void a_communications_identity_set_stays_one_even_with_only_base_slots() {
        Participant participant = inTheCall().identity(Identities.aCommunicationsSetOfBaseSlotsOnly()).build();

        participants().insert(participant);

        Expect.sameInEveryField(find(participant.id()), participant.withVersion(1));
    }

    @Test
    void a_participant_who_left_keeps_why_and_when() {
        Participant left = inTheCall().leftAt(T0.plus(Duration.ofMinutes(3)), "Removed by another participant.")
                .build();
        Participant leftWithoutReason = inTheCall().leftAt(T0.plus(Duration.ofMinutes(4)), null).build();

        participants().insert(left);
        participants().insert(leftWithoutReason);

        Expect.sameInEveryField(find(left.id()), left.withVersion(1));
        Expect.sameInEveryField(find(leftWithoutReason.id()), leftWithoutReason.withVersion(1));
    }

    @Test
    void timestamps_keep_their_microseconds_and_survive_awkward_dates() {
        for (Instant at : Times.AWKWARD) {
            Participant participant = inTheCall().joinedAt(at).leftAt(at, "gone").build();

            participants().insert(participant);

            Expect.sameInEveryField(find(participant.id()), participant.withVersion(1));
        }
    }

    @Test
    void the_longest_ids_round_trip() {
        CallId longCall = CallId.of(Ids.longest());
        Participant participant = aParticipant().tenant(tenant).call(longCall).id(Ids.longest()).build();

        participants().insert(participant);

        Expect.sameInEveryField(participants().find(tenant, longCall, participant.id()), participant.withVersion(1));
        assertThat(participants().findPresent(tenant, longCall, Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void a_participant_never_stored_is_not_found() {
        assertThat(find(Ids.participantId())).isEmpty();
    }

    @Test
    void inserting_a_participant_twice_is_refused_with_a_conflict_and_keeps_the_first() {
        Participant first = participants().insert(inTheCall().build());

        assertThatThrownBy(() -> participants().insert(inTheCall().id(first.id()).muted(true).build()))
                .isInstanceOf(ConflictException.class);

        assertThat(find(first.id())).contains(first);
    }

    @Test
    void the_same_participant_id_may_be_used_in_another_call() {
        Participant here = participants().insert(inTheCall().build());
        CallId otherCall = Ids.callId();

        Participant there = participants().insert(aParticipant().tenant(tenant).call(otherCall).id(here.id())
                .muted(true).build());

        assertThat(find(here.id())).contains(here);
        assertThat(participants().find(tenant, otherCall, here.id())).contains(there);
    }

    // ---- tenants and calls

    @Test
    void another_tenant_never_sees_the_participant() {
        Participant participant = participants().insert(inTheCall().build());
        TenantId other = Tenants.random();

        assertThat(participants().find(other, call, participant.id())).isEmpty();
        assertThat(participants().findPresent(other, call, Optional.empty(), 10)).isEmpty();
        assertThat(participants().countPresent(other, call)).isZero();
        assertThat(participants().findAll(other, call)).isEmpty();
    }

    @Test
    void another_call_never_sees_the_participant() {
        Participant participant = participants().insert(inTheCall().build());
        CallId otherCall = Ids.callId();

        assertThat(participants().find(tenant, otherCall, participant.id())).isEmpty();
        assertThat(participants().findPresent(tenant, otherCall, Optional.empty(), 10)).isEmpty();
        assertThat(participants().countPresent(tenant, otherCall)).isZero();
        assertThat(participants().findAll(tenant, otherCall)).isEmpty();
    }

    @Test
    void two_tenants_may_use_the_same_call_and_participant_ids_without_touching_each_other() {
        TenantId other = Tenants.random();
        Participant mine = participants().insert(inTheCall().build());
        Participant theirs = participants().insert(aParticipant().tenant(other).call(call).id(mine.id()).build());

        participants().update(theirs.mute());

        assertThat(find(mine.id())).contains(mine);
        assertThat(participants().find(other, call, mine.id()).map(Participant::version)).contains(2L);
    }

    @Test
    void an_update_under_another_tenant_is_refused_and_changes_nothing() {
        Participant mine = participants().insert(inTheCall().build());
        Participant forged = aParticipant().tenant(Tenants.random()).call(call).id(mine.id()).version(1).build();

        assertThatThrownBy(() -> participants().update(forged)).isInstanceOf(ConflictException.class);

        assertThat(find(mine.id())).contains(mine);
    }

    // ---- update

    @Test
    void an_update_stores_the_change_and_raises_the_version_by_one() {
        Participant stored = participants().insert(inTheCall().build());
        Participant changed = stored.update(ParticipantPatch.empty()
                        .withMetadata(Patch.of("{\"note\":\"VIP\"}"))
                        .withIsInLobby(Patch.of(true)))
                .mute()
                .stamped(7);

        Participant updated = participants().update(changed);

        assertThat(updated).isEqualTo(changed.withVersion(2));
        Expect.sameInEveryField(find(stored.id()), changed.withVersion(2));
    }

    @Test
    void an_update_can_take_a_participant_off_the_roster() {
        Participant stored = participants().insert(inTheCall().build());
        Participant removed = stored.remove(new RemovedState("Removed by the application."), T0.plusSeconds(90));

        participants().update(removed);

        Expect.sameInEveryField(find(stored.id()), removed.withVersion(2));
        assertThat(participants().findPresent(tenant, call, Optional.empty(), 10)).isEmpty();
        assertThat(participants().findAll(tenant, call)).containsExactly(removed.withVersion(2));
    }

    @Test
    void an_update_can_clear_what_was_set() {
        Participant stored = participants().insert(inTheCall().build());
        Participant cleared = stored.update(ParticipantPatch.empty().withMetadata(Patch.cleared()));

        participants().update(cleared);

        assertThat(find(stored.id()).orElseThrow().metadata()).isNull();
    }

    @Test
    void a_stale_update_is_refused_with_a_conflict() {
        Participant read = participants().insert(inTheCall().build());
        Participant winner = participants().update(read.mute());

        assertThatThrownBy(() -> participants().update(read.stamped(9))).isInstanceOf(ConflictException.class);

        assertThat(find(read.id())).contains(winner);
    }

    @Test
    void an_update_of_a_participant_never_stored_is_refused_with_a_conflict_and_stores_nothing() {
        Participant missing = inTheCall().version(1).build();

        assertThatThrownBy(() -> participants().update(missing)).isInstanceOf(ConflictException.class);

        assertThat(find(missing.id())).isEmpty();
    }

    @Test
    void concurrent_updates_of_one_participant_never_lose_one() {
        Participant participant = participants().insert(inTheCall().rosterSequenceNumber(0).build());
        int threads = 8;
        int updatesEach = 10;

        Concurrently.run(threads, thread -> {
            for (int i = 0; i < updatesEach; i++) {
                Concurrently.retryingOnConflict(() -> {
                    Participant current = find(participant.id()).orElseThrow();
                    return participants().update(current.stamped(current.rosterSequenceNumber() + 1));
                });
            }
        });

        Participant last = find(participant.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + threads * updatesEach);
        assertThat(last.rosterSequenceNumber()).isEqualTo(threads * updatesEach);
    }

    @Test
    void concurrent_updates_of_different_participants_do_not_conflict() {
        List<Participant> stored = insertPresent(8);

        Concurrently.run(stored.size(), thread -> {
            Participant mine = stored.get(thread);
            for (int i = 0; i < 5; i++) {
                mine = participants().update(mine.stamped(mine.rosterSequenceNumber() + 1));
            }
        });

        assertThat(participants().findAll(tenant, call)).extracting(Participant::version).containsOnly(6L);
    }

    // ---- the roster

    @Test
    void pages_cover_every_participant_exactly_once_in_id_order() {
        List<Participant> present = insertPresent(7);
        List<ParticipantId> seen = new ArrayList<>();
        Optional<ParticipantId> after = Optional.empty();

        List<Participant> page;
        int pages = 0;
        do {
            page = participants().findPresent(tenant, call, after, 3);
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(participant -> seen.add(participant.id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
            assertThat(++pages).as("pages read (a page that does not move on repeats forever)")
                    .isLessThanOrEqualTo(present.size() + 1);
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(present.stream().map(Participant::id).toList());
    }

    @Test
    void the_roster_shows_only_those_present_and_pages_step_over_those_who_left() {
        List<Participant> all = insertPresent(6);
        List<Participant> left = List.of(leave(all.get(0)), leave(all.get(2)), leave(all.get(3)));
        List<Participant> present = List.of(all.get(1), all.get(4), all.get(5));

        assertThat(participants().findPresent(tenant, call, Optional.empty(), 10)).containsExactlyElementsOf(present);
        assertThat(participants().findPresent(tenant, call, Optional.empty(), 1)).containsExactly(present.get(0));
        assertThat(participants().findPresent(tenant, call, Optional.of(present.get(0).id()), 1))
                .containsExactly(present.get(1));
        assertThat(participants().findPresent(tenant, call, Optional.of(left.get(0).id()), 10))
                .containsExactlyElementsOf(present);
        assertThat(participants().countPresent(tenant, call)).isEqualTo(3);
    }

    @Test
    void a_page_holds_the_participants_themselves() {
        Participant participant = participants().insert(inTheCall().build());

        Expect.sameInEveryField(participants().findPresent(tenant, call, Optional.empty(), 10), List.of(participant));
    }

    @Test
    void a_page_starts_strictly_after_the_given_id_even_one_never_stored() {
        List<Participant> present = insertPresent(4);
        ParticipantId second = present.get(1).id();

        assertThat(participants().findPresent(tenant, call, Optional.of(second), 10))
                .containsExactlyElementsOf(present.subList(2, 4));
        assertThat(participants().findPresent(tenant, call, Optional.of(ParticipantId.of(second.value() + "0")), 10))
                .containsExactlyElementsOf(present.subList(2, 4));
    }

    @Test
    void a_page_holds_at_most_the_limit_and_all_when_fewer_remain() {
        List<Participant> present = insertPresent(3);

        assertThat(participants().findPresent(tenant, call, Optional.empty(), 1)).containsExactly(present.get(0));
        assertThat(participants().findPresent(tenant, call, Optional.empty(), 3)).containsExactlyElementsOf(present);
        assertThat(participants().findPresent(tenant, call, Optional.empty(), 100)).containsExactlyElementsOf(present);
    }

    @Test
    void a_limit_of_zero_gives_an_empty_page() {
        insertPresent(2);

        assertThat(participants().findPresent(tenant, call, Optional.empty(), 0)).isEmpty();
    }

    @Test
    void the_page_after_the_last_participant_is_empty() {
        List<Participant> present = insertPresent(2);

        assertThat(participants().findPresent(tenant, call, Optional.of(present.get(1).id()), 10)).isEmpty();
    }

    @Test
    void a_call_without_participants_has_an_empty_roster() {
        assertThat(participants().findPresent(tenant, call, Optional.empty(), 10)).isEmpty();
        assertThat(participants().countPresent(tenant, call)).isZero();
        assertThat(participants().findAll(tenant, call)).isEmpty();
    }

    @Test
    void the_count_follows_joins_and_leaves() {
        List<Participant> present = insertPresent(3);
        assertThat(participants().countPresent(tenant, call)).isEqualTo(3);

        leave(present.get(1));
        assertThat(participants().countPresent(tenant, call)).isEqualTo(2);

        participants().insert(inTheCall().build());
        assertThat(participants().countPresent(tenant, call)).isEqualTo(3);
    }

    @Test
    void every_participant_the_call_ever_had_is_listed_in_id_order() {
        List<Participant> all = insertPresent(5);
        Participant gone = leave(all.get(3));
        List<Participant> expected = new ArrayList<>(all);
        expected.set(3, gone);

        Expect.sameInEveryField(participants().findAll(tenant, call), expected);
    }

    // ---- a participant read with its call

    @Test
    void a_participant_is_read_together_with_its_call() {
        Call stored = calls().insert(theCall().build());
        Participant participant = participants().insert(inTheCall().build());

        ParticipantOfCall read = findWithCall(participant.id()).orElseThrow();

        Expect.sameInEveryField(read.call(), stored);
        Expect.sameInEveryField(read.participant(), participant);
    }

    @Test
    void a_participant_who_left_is_read_with_its_call_too() {
        calls().insert(theCall().build());
        Participant left = participants().insert(inTheCall().left().build());

        Expect.sameInEveryField(findWithCall(left.id()).orElseThrow().participant(), left);
    }

    @Test
    void an_ended_call_comes_with_its_end_so_that_the_core_can_judge_its_retention() {
        Call ended = calls().insert(theCall().terminatedAt(T0.plus(Duration.ofMinutes(10))).build());
        Participant participant = participants().insert(inTheCall().build());

        Expect.sameInEveryField(findWithCall(participant.id()).orElseThrow().call(), ended);
    }

    @Test
    void a_call_without_that_participant_is_read_alone() {
        Call stored = calls().insert(theCall().build());

        ParticipantOfCall read = findWithCall(Ids.participantId()).orElseThrow();

        assertThat(read.call()).isEqualTo(stored);
        assertThat(read.participant()).isEmpty();
    }

    @Test
    void a_participant_of_another_call_is_not_read_with_this_one() {
        calls().insert(theCall().build());
        Participant elsewhere = participants().insert(aParticipant().tenant(tenant).call(Ids.callId()).build());

        assertThat(findWithCall(elsewhere.id()).orElseThrow().participant()).isEmpty();
    }

    @Test
    void a_participant_whose_call_is_not_stored_is_not_read_at_all() {
        Participant participant = participants().insert(inTheCall().build());

        assertThat(findWithCall(participant.id())).isEmpty();
    }

    @Test
    void another_tenant_reads_neither_the_call_nor_its_participant() {
        calls().insert(theCall().build());
        Participant participant = participants().insert(inTheCall().build());

        assertThat(participants().findWithCall(Tenants.random(), call, participant.id())).isEmpty();
    }

    @Test
    void a_participant_is_never_read_with_another_tenants_call_of_the_same_id() {
        calls().insert(theCall().build());
        Participant mine = participants().insert(inTheCall().build());
        TenantId other = Tenants.random();
        Call theirs = calls().insert(aCall().tenant(other).id(call).build());

        ParticipantOfCall read = participants().findWithCall(other, call, mine.id()).orElseThrow();

        assertThat(read.call()).isEqualTo(theirs);
        assertThat(read.participant()).isEmpty();
    }

    // ---- helpers

    private Calls.Builder theCall() {
        return aCall().tenant(tenant).id(call);
    }

    private Optional<ParticipantOfCall> findWithCall(ParticipantId id) {
        return participants().findWithCall(tenant, call, id);
    }

    private Participants.Builder inTheCall() {
        return aParticipant().tenant(tenant).call(call);
    }

    private Optional<Participant> find(ParticipantId id) {
        return participants().find(tenant, call, id);
    }

    /** Inserts {@code count} participants into the test's call and returns them as stored, in id order. */
    private List<Participant> insertPresent(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> participants().insert(inTheCall().build()))
                .sorted(Comparator.comparing(participant -> participant.id().value()))
                .toList();
    }

    private Participant leave(Participant participant) {
        return participants().update(participant.remove(new RemovedState("left"), T0.plusSeconds(60)));
    }
}
