package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.AggregateArbitraries;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.Participant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of every aggregate survives a trip to the database and back, whatever its value: nulls, blanks, deep
 * identity sets, dynamic values of every kind, the first and the last microsecond a column holds.
 */
abstract class RoundTripProperties {

    abstract JdbcPersistence persistence();

    abstract DataSource dataSource();

    @Property(tries = 30)
    void a_call_comes_back_as_it_was_stored(@ForAll("calls") Call call) {
        forget("calls", "id", call.tenantId().value(), call.id().value());
        Call stored = persistence().calls().insert(call);

        sameInEveryField(persistence().calls().find(call.tenantId(), call.id()), stored);
    }

    @Property(tries = 30)
    void a_participant_comes_back_as_it_was_stored(@ForAll("participants") Participant participant) {
        forget("participants", "id", participant.tenantId().value(), participant.id().value());
        Participant stored = persistence().participants().insert(participant);

        sameInEveryField(persistence().participants().find(participant.tenantId(), participant.callId(),
                participant.id()), stored);
    }

    @Property(tries = 30)
    void an_operation_comes_back_as_it_was_stored(@ForAll("operations") CommsOperation operation) {
        forget("operations", "id", operation.tenantId().value(), operation.id().value());
        CommsOperation stored = persistence().operations().insert(operation);

        sameInEveryField(persistence().operations().find(operation.tenantId(), operation.callId(), operation.id()),
                stored);
    }

    @Property(tries = 30)
    void a_call_record_comes_back_as_it_was_stored(@ForAll("callRecords") CallRecord record) {
        for (String table : List.of("call_record_segments", "call_record_sessions", "call_record_participants")) {
            forget(table, "call_record_id", record.tenantId().value(), record.id().value());
        }
        forget("call_records", "id", record.tenantId().value(), record.id().value());
        CallRecord stored = persistence().callRecords().insert(record);

        sameInEveryField(persistence().callRecords().find(record.tenantId(), record.id()), stored);
    }

    @Provide
    Arbitrary<Call> calls() {
        return AggregateArbitraries.calls();
    }

    @Provide
    Arbitrary<Participant> participants() {
        return AggregateArbitraries.participants();
    }

    @Provide
    Arbitrary<CommsOperation> operations() {
        return AggregateArbitraries.operations();
    }

    @Provide
    Arbitrary<CallRecord> callRecords() {
        return AggregateArbitraries.callRecords();
    }

    /**
     * Removes what an earlier try stored under the same key. Each aggregate comes in a fresh tenant, but jqwik's edge
     * cases and its shrinking may bring a tenant back.
     */
    private void forget(String table, String idColumn, String tenantId, String id) {
        JdbcClient.create(dataSource()).sql("delete from " + table + " where tenant_id = ? and " + idColumn + " = ?")
                .params(tenantId, id).update();
    }

    private static <T> void sameInEveryField(Optional<T> found, T expected) {
        assertThat(found).isPresent();
        assertThat(found.get()).usingRecursiveComparison().isEqualTo(expected);
        assertThat(found.get()).isEqualTo(expected);
    }
}
