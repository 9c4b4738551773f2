package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.participant.Participant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random runs of transactions, some of which fail (by choice, or because they insert a participant that exists),
 * leave the stores and the published events exactly as the committed transactions alone would have.
 */
class InMemoryTransactionRunnerProperties {

    /** One transaction: the participants it inserts (by number, so they may collide), and whether it then fails. */
    record Work(List<Integer> participants, boolean failsAtTheEnd) {
    }

    @Property
    void only_committed_transactions_leave_participants_and_events(@ForAll("runs") List<Work> run) {
        InMemoryPorts ports = new InMemoryPorts();
        Call call = aCall().tenant(Tenants.CONTOSO).build();
        Set<String> committed = new LinkedHashSet<>();
        List<CallEvent> committedEvents = new ArrayList<>();

        for (Work work : run) {
            List<CallEvent> events = new ArrayList<>();
            boolean conflicts = !distinct(work.participants()) || work.participants().stream()
                    .anyMatch(n -> committed.contains(idOf(n)));
            try {
                ports.transactions().inTransaction(() -> {
                    for (int n : work.participants()) {
                        Participant joined = ports.participants().insert(aParticipant().of(call).id(idOf(n)).build());
                        ParticipantJoined event = new ParticipantJoined(joined);
                        ports.events().publish(event);
                        events.add(event);
                    }
                    if (work.failsAtTheEnd()) {
                        throw new IllegalStateException("fails on purpose");
                    }
                    return null;
                });
                assertThat(conflicts).as("committed although it inserts a participant twice").isFalse();
                work.participants().forEach(n -> committed.add(idOf(n)));
                committedEvents.addAll(events);
            } catch (ConflictException e) {
                assertThat(conflicts).as("conflict without a duplicate").isTrue();
            } catch (IllegalStateException e) {
                assertThat(work.failsAtTheEnd()).isTrue();
            }
        }

        assertThat(ports.participants().findAll(call.tenantId(), call.id()))
                .extracting(participant -> participant.id().value())
                .containsExactlyElementsOf(committed.stream().sorted().toList());
        assertThat(ports.events().published()).containsExactlyElementsOf(committedEvents);
    }

    @Provide
    Arbitrary<List<Work>> runs() {
        Arbitrary<Work> work = Combinators.combine(
                        Arbitraries.integers().between(0, 9).list().ofMaxSize(4),
                        Arbitraries.of(true, false))
                .as(Work::new);
        return work.list().ofMaxSize(15);
    }

    private static String idOf(int n) {
        return "participant-" + n;
    }

    private static boolean distinct(List<Integer> numbers) {
        return new HashSet<>(numbers).size() == numbers.size();
    }
}
