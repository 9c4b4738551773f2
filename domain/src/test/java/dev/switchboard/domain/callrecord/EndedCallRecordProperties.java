package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RemovedState;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.switchboard.domain.testing.ParticipantBuilder.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hanging up writes the call's record by itself (API notes §3.1): one session per participant, every session within
 * the record's span, and the record's type follows what the call became.
 */
class EndedCallRecordProperties {

    @Property
    void an_ended_call_leaves_one_session_per_participant_within_the_record_span(
            @ForAll("liveCalls") Call live, @ForAll("minutes") long callMinutes,
            @ForAll("stays") List<Stay> stays, @ForAll("instants") Instant now) {
        Call ended = live.hangUp(live.createdDateTime().plus(Duration.ofMinutes(callMinutes)));
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            participants.add(stays.get(i).of("p-" + i, ended));
        }

        CallRecord record = CallRecord.ofEndedCall(ended, participants, now);

        assertThat(record.id()).isEqualTo(CallRecordId.of(ended.callChainId()));
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.type()).isEqualTo(ended.kind() == CallKind.GROUP ? CallType.GROUP_CALL : CallType.PEER_TO_PEER);
        assertThat(record.endDateTime()).isEqualTo(ended.endedDateTime());
        assertThat(record.modalities()).isNotEmpty();
        assertThat(record.sessions()).extracting(Session::id)
                .containsExactlyElementsOf(participants.stream().map(p -> p.id().value()).toList());
        for (Session session : record.sessions()) {
            assertThat(session.startDateTime()).isAfterOrEqualTo(record.startDateTime());
            assertThat(session.endDateTime()).isBeforeOrEqualTo(record.endDateTime());
            assertThat(session.segments()).singleElement().satisfies(segment -> {
                assertThat(segment.startDateTime()).isEqualTo(session.startDateTime());
                assertThat(segment.endDateTime()).isEqualTo(session.endDateTime());
            });
        }
    }

    /**
     * When a participant joined, relative to the call's creation, and how long after that it left, if it did. Nobody
     * joins a call after it ended, and a party leaves at the latest when the call ends.
     */
    record Stay(long joinedMinutes, Long leftAfterMinutes) {
        Participant of(String id, Call ended) {
            Instant joined = earlier(ended.createdDateTime().plus(Duration.ofMinutes(joinedMinutes)), ended.endedDateTime());
            Participant participant = aParticipant().withId(id).joinedAt(joined).build();
            if (leftAfterMinutes == null) {
                return participant;
            }
            Instant left = earlier(joined.plus(Duration.ofMinutes(leftAfterMinutes)), ended.endedDateTime());
            return participant.remove(new RemovedState("left"), left);
        }

        private static Instant earlier(Instant a, Instant b) {
            return a.isAfter(b) ? b : a;
        }
    }

    @Provide
    Arbitrary<Call> liveCalls() {
        return DomainArbitraries.liveCalls();
    }

    @Provide
    Arbitrary<Long> minutes() {
        return Arbitraries.longs().between(0, 600);
    }

    @Provide
    Arbitrary<List<Stay>> stays() {
        return Combinators.combine(Arbitraries.longs().between(-5, 600), Arbitraries.longs().between(0, 600).injectNull(0.5))
                .as(Stay::new).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }
}
