package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.testing.contract.RosterSequenceContractTest;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.CallId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryRosterSequenceTest extends RosterSequenceContractTest {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryRosterSequence sequence = new InMemoryRosterSequence(transactions);

    @Override
    protected RosterSequence rosterSequence() {
        return sequence;
    }

    @Test
    void each_call_counts_from_1_by_one() {
        CallId call = Ids.callId();
        CallId other = Ids.callId();

        assertThat(sequence.next(Tenants.CONTOSO, call)).isEqualTo(1);
        assertThat(sequence.next(Tenants.CONTOSO, other)).isEqualTo(1);
        assertThat(sequence.next(Tenants.FABRIKAM, call)).isEqualTo(1);
        assertThat(sequence.next(Tenants.CONTOSO, call)).isEqualTo(2);
        assertThat(sequence.next(Tenants.CONTOSO, call)).isEqualTo(3);
    }

    @Test
    void a_number_drawn_in_a_rolled_back_transaction_is_drawn_again() {
        CallId call = Ids.callId();
        sequence.next(Tenants.CONTOSO, call);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            sequence.next(Tenants.CONTOSO, call);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sequence.next(Tenants.CONTOSO, call)).isEqualTo(2);
    }
}
