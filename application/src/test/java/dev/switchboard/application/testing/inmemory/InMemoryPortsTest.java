package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.testing.fixtures.CallEvents;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Operations.anOperation;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryPortsTest {

    private final InMemoryPorts inMemory = new InMemoryPorts();
    private final OutboundPorts ports = inMemory.ports();

    @Test
    void the_ports_are_the_adapters_a_test_can_look_into() {
        assertThat(ports.calls()).isSameAs(inMemory.calls());
        assertThat(ports.participants()).isSameAs(inMemory.participants());
        assertThat(ports.rosterSequence()).isSameAs(inMemory.rosterSequence());
        assertThat(ports.operations()).isSameAs(inMemory.operations());
        assertThat(ports.callRecords()).isSameAs(inMemory.callRecords());
        assertThat(ports.callRecordSearch()).isSameAs(inMemory.callRecords());
        assertThat(ports.ids()).isSameAs(inMemory.ids());
        assertThat(ports.transactions()).isSameAs(inMemory.transactions());
        assertThat(ports.events()).isSameAs(inMemory.events());
        assertThat(ports.clock()).isSameAs(inMemory.clock());
    }

    @Test
    void the_clock_starts_at_t0_unless_told_otherwise() {
        Instant start = Instant.parse("2030-05-01T12:00:00Z");

        assertThat(inMemory.clock().instant()).isEqualTo(Times.T0);
        assertThat(new InMemoryPorts(start).clock().instant()).isEqualTo(start);
    }

    @Test
    void one_failed_transaction_rolls_back_every_store_and_drops_its_events() {
        Call call = ports.calls().insert(aCall().build());
        Participant participant = aParticipant().of(call).rosterSequenceNumber(0).build();
        CommsOperation operation = anOperation().of(call).build();
        CallRecord record = aCallRecord().build();

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.calls().update(call.hangUp(Times.T0.plus(Duration.ofMinutes(1))));
            ports.participants().insert(participant.stamped(ports.rosterSequence().next(call.tenantId(), call.id())));
            ports.operations().insert(operation);
            ports.callRecords().insert(record);
            ports.events().publish(CallEvents.aCallStateChange(Tenants.CONTOSO));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports.calls().find(call.tenantId(), call.id())).contains(call);
        assertThat(ports.participants().findAll(call.tenantId(), call.id())).isEmpty();
        assertThat(ports.operations().find(call.tenantId(), call.id(), operation.id())).isEmpty();
        assertThat(ports.callRecords().find(record.tenantId(), record.id())).isEmpty();
        assertThat(ports.rosterSequence().next(call.tenantId(), call.id())).isEqualTo(1);
        assertThat(inMemory.events().published()).isEmpty();
    }

    @Test
    void two_sets_of_ports_share_nothing() {
        InMemoryPorts other = new InMemoryPorts();
        Call call = ports.calls().insert(aCall().build());

        assertThat(other.calls().find(call.tenantId(), call.id())).isEmpty();
        assertThat(other.ids().newId()).isEqualTo(SequentialIdGenerator.idOf(1));
    }
}
