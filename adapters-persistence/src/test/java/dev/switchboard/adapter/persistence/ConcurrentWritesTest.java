package dev.switchboard.adapter.persistence;

import dev.switchboard.application.testing.fixtures.Concurrently;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantPatch;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic concurrency under real contention: writers that read the same version race, exactly one of them wins,
 * the others hear of a conflict, and every write that was accepted is in the result. Each accepted write appends its
 * own token to what it read, so a write that overwrote another instead of building on it would show as a missing
 * token.
 */
abstract class ConcurrentWritesTest {

    private final TenantId tenant = Tenants.random();

    abstract JdbcPersistence persistence();

    @Test
    void of_two_writers_that_read_the_same_participant_exactly_one_wins_each_round() throws Exception {
        int rounds = 40;
        Participant participant = persistence().participants().insert(aParticipant().tenant(tenant).build());
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        CyclicBarrier bothHaveWritten = new CyclicBarrier(2);
        AtomicInteger[] winsPerRound = new AtomicInteger[rounds];
        Arrays.setAll(winsPerRound, round -> new AtomicInteger());

        Concurrently.run(2, thread -> {
            for (int round = 0; round < rounds; round++) {
                Participant read = find(participant);
                bothHaveRead.await();
                try {
                    persistence().participants().update(read.update(ParticipantPatch.empty()
                            .withMetadata(Patch.of("round " + round + " won by " + thread))));
                    winsPerRound[round].incrementAndGet();
                } catch (ConflictException lost) {
                    // the other writer got there first
                }
                bothHaveWritten.await();
            }
        });

        assertThat(winsPerRound).allSatisfy(wins -> assertThat(wins.get()).isEqualTo(1));
        assertThat(find(participant).version()).isEqualTo(1 + rounds);
    }

    @Test
    void many_writers_on_one_participant_lose_none_of_the_accepted_writes() {
        Participant participant = persistence().participants().insert(aParticipant().tenant(tenant).metadata("")
                .build());
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();

        Concurrently.run(8, thread -> {
            for (int attempt = 0; attempt < 15; attempt++) {
                String token = "t" + thread + "a" + attempt;
                Participant read = find(participant);
                try {
                    persistence().participants().update(read.update(ParticipantPatch.empty()
                            .withMetadata(Patch.of(read.metadata() + token + ";"))));
                    accepted.add(token);
                } catch (ConflictException lost) {
                    // a client would read again and retry
                }
            }
        });

        Participant last = find(participant);
        assertThat(last.version()).isEqualTo(1 + accepted.size());
        assertThat(tokens(last.metadata())).containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void many_writers_on_one_call_record_lose_none_of_the_accepted_writes() {
        CallRecord record = persistence().callRecords().insert(aCallRecord().tenant(tenant).joinWebUrl("")
                .noSessions().build());
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();

        Concurrently.run(8, thread -> {
            for (int attempt = 0; attempt < 12; attempt++) {
                String token = "t" + thread + "a" + attempt;
                CallRecord read = find(record);
                CallRecord revised = read.update(CallRecordPatch.empty()
                        .withJoinWebUrl(Patch.of(read.joinWebUrl() + token + ";")), T0.plusSeconds(attempt));
                try {
                    persistence().callRecords().update(revised, read.version());
                    accepted.add(token);
                } catch (ConflictException lost) {
                    // a client would read again and retry
                }
            }
        });

        CallRecord last = find(record);
        assertThat(last.version()).isEqualTo(record.version() + accepted.size());
        assertThat(tokens(last.joinWebUrl())).containsExactlyInAnyOrderElementsOf(accepted);
    }

    private Participant find(Participant participant) {
        return persistence().participants().find(tenant, participant.callId(), participant.id()).orElseThrow();
    }

    private CallRecord find(CallRecord record) {
        return persistence().callRecords().find(tenant, record.id()).orElseThrow();
    }

    private static List<String> tokens(String written) {
        return Arrays.stream(written.split(";")).filter(token -> !token.isEmpty()).toList();
    }
}
