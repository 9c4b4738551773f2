package dev.switchboard.application.port.out;

import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keyset-paged list of a tenant's call records, ordered by {@code startDateTime} then id. A narrow port of its
 * own because it is the one query that must stay fast over millions of rows.
 */
public interface CallRecordSearch {

    /** Where the previous page ended: the sort key of its last record. */
    record Position(Instant startDateTime, CallRecordId id) {
    }

    /**
     * Up to {@code limit} records that {@code filter} accepts, stored at or after {@code storedSince} (older ones are
     * past retention), that sort after {@code after}. Records come without sessions: a list has no expanded relations.
     */
    List<CallRecord> find(TenantId tenantId, CallRecordFilter filter, Instant storedSince, Optional<Position> after,
                          int limit);

    /**
     * The sessions (with their segments, in each record's order) of several of the tenant's records at once, in a
     * number of statements that does not grow with the number of records: what a client that expands a page of
     * records needs. Records that do not exist, belong to another tenant or were stored before {@code storedSince}
     * are absent from the map.
     */
    Map<CallRecordId, List<Session>> sessionsOf(TenantId tenantId, Collection<CallRecordId> ids, Instant storedSince);
}
