package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.SnakeCaseRowMapper;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sessions and segments of one record or of many at once: always two statements (sessions, then their
 * segments), however many records are asked for, so a client expanding a page of records costs no more queries than
 * one expanding a single record.
 */
final class CallRecordSessions {

    private static final RowMapper<SessionRow> SESSION_ROWS = new SnakeCaseRowMapper<>(SessionRow.class);
    private static final RowMapper<SegmentRow> SEGMENT_ROWS = new SnakeCaseRowMapper<>(SegmentRow.class);
    private static final CallRecordRowMapper MAPPER = CallRecordRowMapper.INSTANCE;

    private CallRecordSessions() {
    }

    /** One record's sessions, in its order (run inside the caller's {@code db.run}; the record was read already). */
    static List<Session> of(Database db, TenantId tenantId, CallRecordId id) {
        return load(db, tenantId, List.of(id.value())).getOrDefault(id.value(), List.of());
    }

    /**
     * The sessions of the tenant's records named in {@code ids} and stored at or after {@code storedSince}, each
     * record's in its order; records that are not there are absent (run inside the caller's {@code db.run}).
     */
    static Map<CallRecordId, List<Session>> of(Database db, TenantId tenantId, Collection<CallRecordId> ids,
                                               Instant storedSince) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> found = db.sql().sql("""
                        select id from call_records
                         where tenant_id = :tenantId and id in (:ids) and stored_date_time >= :storedSince""")
                .param("tenantId", tenantId.value())
                .param("ids", ids.stream().map(CallRecordId::value).distinct().toList())
                .param("storedSince", ColumnMappings.timestamp(storedSince))
                .query(String.class)
                .list();
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Session>> loaded = load(db, tenantId, found);
        Map<CallRecordId, List<Session>> sessions = new LinkedHashMap<>();
        found.forEach(id -> sessions.put(CallRecordId.of(id), loaded.getOrDefault(id, List.of())));
        return sessions;
    }

    /** Sessions with their segments of records known to exist, by record id: two statements. */
    private static Map<String, List<Session>> load(Database db, TenantId tenantId, List<String> recordIds) {
        Map<String, List<Segment>> segments = new LinkedHashMap<>();
        db.sql().sql("""
                        select tenant_id, call_record_id, session_ordinal, ordinal, id, caller, callee, start_date_time,
                               end_date_time, failure_info, media
                          from call_record_segments
                         where tenant_id = :tenantId and call_record_id in (:ids)
                         order by tenant_id, call_record_id, session_ordinal, ordinal""")
                .param("tenantId", tenantId.value())
                .param("ids", recordIds)
                .query(SEGMENT_ROWS)
                .list()
                .forEach(row -> segments.computeIfAbsent(row.callRecordId() + "/" + row.sessionOrdinal(),
                        key -> new ArrayList<>()).add(MAPPER.toSegment(row)));
        Map<String, List<Session>> sessions = new LinkedHashMap<>();
        db.sql().sql("""
                        select tenant_id, call_record_id, ordinal, id, caller, callee, start_date_time, end_date_time,
                               modalities, is_test, failure_info
                          from call_record_sessions
                         where tenant_id = :tenantId and call_record_id in (:ids)
                         order by tenant_id, call_record_id, ordinal""")
                .param("tenantId", tenantId.value())
                .param("ids", recordIds)
                .query(SESSION_ROWS)
                .list()
                .forEach(row -> sessions.computeIfAbsent(row.callRecordId(), id -> new ArrayList<>())
                        .add(MAPPER.toSession(row, segments.getOrDefault(row.callRecordId() + "/" + row.ordinal(),
                                List.of()))));
        return sessions;
    }
}
