package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The callRecords list: keyset paging on {@code (start_date_time, id)}, never an offset, so that page 1000 costs what
 * page 1 does. Without a participant filter it walks {@code call_records_by_start}; with one it walks
 * {@code call_record_participants_by_participant}, which holds the participant's records in list order, and fetches
 * each record by its primary key. Records come without sessions.
 */
public final class JdbcCallRecordSearch implements CallRecordSearch {

    private static final String RECORD_COLUMNS = Arrays.stream(JdbcCallRecordRepository.COLUMNS.split(","))
            .map(column -> "r." + column.strip())
            .collect(Collectors.joining(", "));
    private static final CallRecordRowMapper MAPPER = CallRecordRowMapper.INSTANCE;
    /** Graph's earliest date-time ({@code Edm.DateTimeOffset} starts at year 1). */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private final Database db;

    public JdbcCallRecordSearch(Database db) {
        this.db = db;
    }

    @Override
    public List<CallRecord> find(TenantId tenantId, CallRecordFilter filter, Instant storedSince,
                                 Optional<Position> after, int limit) {
        Statement statement = statement(tenantId, filter, storedSince, after, limit);
        return db.run(() -> db.sql().sql(statement.sql()).params(statement.params())
                .query(JdbcCallRecordRepository.ROWS)
                .list()
                .stream()
                .map(row -> MAPPER.toCallRecord(row, List.of()))
                .toList());
    }

    @Override
    public Map<CallRecordId, List<Session>> sessionsOf(TenantId tenantId, Collection<CallRecordId> ids,
                                                       Instant storedSince) {
        return db.run(() -> CallRecordSessions.of(db, tenantId, ids, storedSince));
    }

    /** The list's SQL and its parameters: only the parts the filter uses, so that the plan fits the query. */
    static Statement statement(TenantId tenantId, CallRecordFilter filter, Instant storedSince,
                               Optional<Position> after, int limit) {
        boolean byParticipant = filter.participantId().isPresent();
        // the sort key the list walks: the participant index's copy of it, or the record's own
        String start = byParticipant ? "p.start_date_time" : "r.start_date_time";
        String id = byParticipant ? "p.call_record_id" : "r.id";
        // the index walked, from its first column: H2 reads an index in order only when the order spells it so
        String order = byParticipant ? "p.tenant_id, p.participant_id, p.start_date_time, p.call_record_id"
                : "r.tenant_id, r.start_date_time, r.id";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenantId", tenantId.value());
        params.put("storedSince", ColumnMappings.timestamp(storedSince));
        params.put("limit", limit);

        StringBuilder sql = new StringBuilder("select ").append(RECORD_COLUMNS);
        if (byParticipant) {
            sql.append("""
                     from call_record_participants p
                     join call_records r on r.tenant_id = p.tenant_id and r.id = p.call_record_id
                    where p.tenant_id = :tenantId and p.participant_id = :participantId""");
            params.put("participantId", filter.participantId().get());
        } else {
            sql.append(" from call_records r where r.tenant_id = :tenantId");
        }
        sql.append(" and r.stored_date_time >= :storedSince");
        filter.startFrom().ifPresent(bound -> {
            sql.append(" and ").append(start).append(bound.inclusive() ? " >= " : " > ").append(":startFrom");
            params.put("startFrom", ColumnMappings.timestamp(bound.at()));
        });
        filter.startTo().ifPresent(bound -> {
            sql.append(" and ").append(start).append(bound.inclusive() ? " <= " : " < ").append(":startTo");
            params.put("startTo", ColumnMappings.timestamp(bound.at()));
        });
        if (!byParticipant && filter.startFrom().isEmpty() && after.isEmpty()) {
            // Leaves out nothing Graph can express (its dates start at year 1), but shows H2 a range of the start
            // index: without one, H2 reads the tenant's records by primary key and sorts them all for a first page.
            sql.append(" and r.start_date_time >= :earliest");
            params.put("earliest", ColumnMappings.timestamp(EARLIEST));
        }
        after.ifPresent(position -> {
            sql.append(" and (").append(start).append(", ").append(id).append(") > (:afterStart, :afterId)");
            params.put("afterStart", ColumnMappings.timestamp(position.startDateTime()));
            params.put("afterId", position.id().value());
        });
        sql.append(" order by ").append(order).append(" limit :limit");
        return new Statement(sql.toString(), params);
    }

    /** A statement with named parameters. */
    record Statement(String sql, Map<String, Object> params) {
    }
}
