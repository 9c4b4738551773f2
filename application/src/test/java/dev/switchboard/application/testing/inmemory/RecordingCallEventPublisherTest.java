package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.CallEventPublisherContractTest;
import dev.switchboard.application.testing.fixtures.CallEvents;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.ParticipantJoined;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingCallEventPublisherTest extends CallEventPublisherContractTest {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final RecordingCallEventPublisher publisher = new RecordingCallEventPublisher(transactions);

    @Override
    protected CallEventPublisher publisher() {
        return publisher;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }

    @Override
    protected List<CallEvent> delivered() {
        return publisher.published();
    }

    @Test
    void published_events_can_be_picked_by_type() {
        List<CallEvent> events = CallEvents.oneOfEachKind(Tenants.CONTOSO);
        events.forEach(publisher::publish);

        assertThat(publisher.published(ParticipantJoined.class)).containsExactly((ParticipantJoined) events.get(1));
    }

    @Test
    void clearing_forgets_what_was_published() {
        publisher.publish(CallEvents.aCallStateChange(Tenants.CONTOSO));

        publisher.clear();

        assertThat(publisher.published()).isEmpty();
    }

    @Test
    void inside_a_transaction_the_recording_shows_only_what_was_committed_before() {
        CallEvent before = CallEvents.aCallStateChange(Tenants.CONTOSO);
        publisher.publish(before);

        List<CallEvent> seenInside = transactions.inTransaction(() -> {
            publisher.publish(CallEvents.aCallStateChange(Tenants.CONTOSO));
            return publisher.published();
        });

        assertThat(seenInside).containsExactly(before);
        assertThat(publisher.published()).hasSize(2);
    }
}
