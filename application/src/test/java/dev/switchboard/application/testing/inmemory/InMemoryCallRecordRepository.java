package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CallRecordRepository} and {@link CallRecordSearch} in memory, over one store, for tests. The search scans
 * the tenant's records and lets {@link CallRecordFilter#matches} decide, which is the specification a database query
 * has to agree with.
 */
public final class InMemoryCallRecordRepository implements CallRecordRepository, CallRecordSearch {

    private static final Comparator<CallRecord> LIST_ORDER =
            Comparator.comparing(CallRecord::startDateTime).thenComparing(record -> record.id().value());

    private final Table<CallRecord> records;

    /** A repository with transactions of its own. */
    public InMemoryCallRecordRepository() {
        this(new InMemoryTransactionRunner());
    }

    /** A repository that commits and rolls back with the other stores of {@code transactions}. */
    public InMemoryCallRecordRepository(InMemoryTransactionRunner transactions) {
        this.records = new Table<>(transactions, "call record", CallRecord::version);
    }

    @Override
    public CallRecord insert(CallRecord record) {
        return records.insert(keyOf(record), record);
    }

    @Override
    public CallRecord update(CallRecord revised, long readVersion) {
        return records.replace(keyOf(revised), readVersion, revised);
    }

    @Override
    public Optional<CallRecord> find(TenantId tenantId, CallRecordId id) {
        return records.find(Key.of(tenantId.value(), id.value()));
    }

    @Override
    public List<CallRecord> find(TenantId tenantId, CallRecordFilter filter, Instant storedSince,
                                 Optional<Position> after, int limit) {
        return records.page(Key.of(tenantId.value(), Key.BEFORE_ANY_ID), record -> true, Integer.MAX_VALUE).stream()
                .filter(filter::matches)
                .filter(record -> !record.storedDateTime().isBefore(storedSince))
                .filter(record -> after.map(position -> sortsAfter(record, position)).orElse(true))
                .sorted(LIST_ORDER)
                .limit(Math.max(limit, 0))
                .map(InMemoryCallRecordRepository::withoutSessions)
                .toList();
    }

    private static boolean sortsAfter(CallRecord record, Position position) {
        int byStart = record.startDateTime().compareTo(position.startDateTime());
        return byStart > 0 || byStart == 0 && record.id().value().compareTo(position.id().value()) > 0;
    }

    @Override
    public Map<CallRecordId, List<Session>> sessionsOf(TenantId tenantId, Collection<CallRecordId> ids,
                                                       Instant storedSince) {
        Map<CallRecordId, List<Session>> sessions = new LinkedHashMap<>();
        for (CallRecordId id : ids) {
            find(tenantId, id).filter(record -> !record.storedDateTime().isBefore(storedSince))
                    .ifPresent(record -> sessions.put(id, record.sessions()));
        }
        return sessions;
    }

    private static CallRecord withoutSessions(CallRecord record) {
        return new CallRecord(record.tenantId(), record.id(), record.version(), record.type(), record.modalities(),
                record.startDateTime(), record.endDateTime(), record.lastModifiedDateTime(), record.joinWebUrl(),
                record.organizer(), record.participants(), record.organizerV2(), record.participantsV2(), List.of(),
                record.storedDateTime());
    }

    @Override
    public int purgeStoredBefore(Instant cutoff, int limit) {
        List<CallRecord> old = records.all(record -> record.storedDateTime().isBefore(cutoff)).stream()
                .limit(limit)
                .toList();
        old.forEach(record -> records.remove(keyOf(record)));
        return old.size();
    }

    private static Key keyOf(CallRecord record) {
        return Key.of(record.tenantId().value(), record.id().value());
    }
}
