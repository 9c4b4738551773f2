package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.ParticipantOfCall;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;

import java.util.List;
import java.util.Optional;

/**
 * {@link ParticipantRepository} in memory, for tests. Participants who left stay stored. The calls it reads along with
 * a participant are those of an {@link InMemoryCallRepository}, as the database reads them from its own table.
 */
public final class InMemoryParticipantRepository implements ParticipantRepository {

    private final InMemoryTransactionRunner transactions;
    private final Table<Participant> participants;
    private final InMemoryCallRepository calls;

    /**
     * A repository that commits and rolls back with the other stores of {@code transactions}, and reads the calls of
     * {@code calls} (which shares them).
     */
    public InMemoryParticipantRepository(InMemoryTransactionRunner transactions, InMemoryCallRepository calls) {
        this.transactions = transactions;
        this.participants = new Table<>(transactions, "participant", Participant::version);
        this.calls = calls;
    }

    @Override
    public Participant insert(Participant participant) {
        return participants.insert(keyOf(participant), participant.withVersion(1));
    }

    @Override
    public Participant update(Participant participant) {
        return participants.replace(keyOf(participant), participant.version(),
                participant.withVersion(participant.version() + 1));
    }

    @Override
    public Optional<Participant> find(TenantId tenantId, CallId callId, ParticipantId id) {
        return participants.find(Key.of(tenantId.value(), callId.value(), id.value()));
    }

    @Override
    public Optional<ParticipantOfCall> findWithCall(TenantId tenantId, CallId callId, ParticipantId id) {
        // one read, as one statement is: no write falls between the call and its participant
        return transactions.read(() -> calls.find(tenantId, callId)
                .map(call -> new ParticipantOfCall(call, find(tenantId, callId, id))));
    }

    @Override
    public List<Participant> findPresent(TenantId tenantId, CallId callId, Optional<ParticipantId> after, int limit) {
        String afterId = after.map(ParticipantId::value).orElse(Key.BEFORE_ANY_ID);
        return participants.page(Key.of(tenantId.value(), callId.value(), afterId), Participant::isPresent, limit);
    }

    @Override
    public int countPresent(TenantId tenantId, CallId callId) {
        return findPresent(tenantId, callId, Optional.empty(), Integer.MAX_VALUE).size();
    }

    @Override
    public List<Participant> findAll(TenantId tenantId, CallId callId) {
        return participants.page(Key.of(tenantId.value(), callId.value(), Key.BEFORE_ANY_ID), participant -> true,
                Integer.MAX_VALUE);
    }

    private static Key keyOf(Participant participant) {
        return Key.of(participant.tenantId().value(), participant.callId().value(), participant.id().value());
    }
}
