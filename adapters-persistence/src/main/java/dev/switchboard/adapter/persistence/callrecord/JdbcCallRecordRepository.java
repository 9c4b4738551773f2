package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.SnakeCaseRowMapper;
import dev.switchboard.adapter.persistence.support.SqlParams;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Call records with their sessions and segments, over four tables: {@code call_records}, one row per session and per
 * segment, and {@code call_record_participants}, which indexes the record's {@code participants_v2} ids for the
 * list's filter. A record's rows are written together in one transaction; an update replaces them all.
 */
public final class JdbcCallRecordRepository implements CallRecordRepository {

    static final String COLUMNS = """
            tenant_id, id, version, type, modalities, start_date_time, end_date_time, last_modified_date_time,
            join_web_url, organizer, participants, organizer_v2, participants_v2, stored_date_time""";
    static final RowMapper<CallRecordRow> ROWS = new SnakeCaseRowMapper<>(CallRecordRow.class);
    private static final CallRecordRowMapper MAPPER = CallRecordRowMapper.INSTANCE;
    /** How often {@link #find} reads again when a writer replaced the record while it was reading. */
    private static final int READ_ATTEMPTS = 10;

    private final Database db;

    public JdbcCallRecordRepository(Database db) {
        this.db = db;
    }

    @Override
    public CallRecord insert(CallRecord record) {
        return db.atomically(() -> {
            db.insert("The call record " + record.id() + " already exists.",
                    () -> db.sql().sql("insert into call_records (" + COLUMNS + """
                                    ) values (:tenantId, :id, :version, :type, :modalities, :startDateTime,
                                    :endDateTime, :lastModifiedDateTime, :joinWebUrl, :organizer, :participants,
                                    :organizerV2, :participantsV2, :storedDateTime)""")
                            .paramSource(SqlParams.of(MAPPER.toRow(record)))
                            .update());
            insertParts(record);
            return record;
        });
    }

    @Override
    public CallRecord update(CallRecord revised, long readVersion) {
        return db.atomically(() -> {
            int updated = db.sql().sql("""
                            update call_records
                               set version = :version, type = :type, modalities = :modalities,
                                   start_date_time = :startDateTime, end_date_time = :endDateTime,
                                   last_modified_date_time = :lastModifiedDateTime, join_web_url = :joinWebUrl,
                                   organizer = :organizer, participants = :participants, organizer_v2 = :organizerV2,
                                   participants_v2 = :participantsV2, stored_date_time = :storedDateTime
                             where tenant_id = :tenantId and id = :id and version = :readVersion""")
                    .paramSource(SqlParams.of(MAPPER.toRow(revised)).with("readVersion", readVersion))
                    .update();
            if (updated == 0) {
                throw new ConflictException("Call record " + revised.id() + " has changed or gone since version "
                        + readVersion + " was read; read it again.");
            }
            for (String table : List.of("call_record_segments", "call_record_sessions", "call_record_participants")) {
                db.sql().sql("delete from " + table + " where tenant_id = :tenantId and call_record_id = :id")
                        .param("tenantId", revised.tenantId().value())
                        .param("id", revised.id().value())
                        .update();
            }
            insertParts(revised);
            return revised;
        });
    }

    /** Sessions, segments and participants go with their record (the foreign keys cascade). */
    @Override
    public int purgeStoredBefore(Instant cutoff, int limit) {
        return db.atomically(() -> db.sql().sql("""
                        delete from call_records
                         where (tenant_id, id) in (select tenant_id, id from call_records
                                                    where stored_date_time < :cutoff
                                                    order by stored_date_time
                                                    limit :limit)""")
                .param("cutoff", ColumnMappings.timestamp(cutoff))
                .param("limit", limit)
                .update());
    }

    @Override
    public Optional<CallRecord> find(TenantId tenantId, CallRecordId id) {
        return db.run(() -> {
            // A record is several statements' worth of rows. Should a writer replace it in between, the version
            // read last differs from the first, and the rows are read again.
            for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
                Optional<CallRecordRow> row = recordRow(tenantId, id);
                if (row.isEmpty()) {
                    return Optional.empty();
                }
                List<Session> sessions = sessions(tenantId, id);
                if (recordRow(tenantId, id).map(CallRecordRow::version).equals(row.map(CallRecordRow::version))) {
                    return Optional.of(MAPPER.toCallRecord(row.get(), sessions));
                }
            }
            throw new ConflictException("Call record " + id + " keeps changing; read it again.");
        });
    }

    private Optional<CallRecordRow> recordRow(TenantId tenantId, CallRecordId id) {
        return db.sql().sql("select " + COLUMNS + " from call_records where tenant_id = :tenantId and id = :id")
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .query(ROWS)
                .optional();
    }

    private List<Session> sessions(TenantId tenantId, CallRecordId id) {
        return CallRecordSessions.of(db, tenantId, id);
    }

    /** The rows besides the record's own: its participants' ids for the list's filter, sessions and segments. */
    private void insertParts(CallRecord record) {
        String tenantId = record.tenantId().value();
        String id = record.id().value();
        OffsetDateTime start = ColumnMappings.timestamp(record.startDateTime());
        List<SqlParams> participants = record.participantsV2().stream()
                .map(CallRecordParticipant::id)
                .filter(Objects::nonNull)
                .distinct()
                .map(participantId -> SqlParams.of(new CallRecordParticipantRow(tenantId, id, participantId, start)))
                .toList();
        db.batch("""
                insert into call_record_participants (tenant_id, call_record_id, participant_id, start_date_time)
                values (:tenantId, :callRecordId, :participantId, :startDateTime)""", participants);

        List<SqlParams> sessions = new ArrayList<>();
        List<SqlParams> segments = new ArrayList<>();
        for (int s = 0; s < record.sessions().size(); s++) {
            Session session = record.sessions().get(s);
            sessions.add(SqlParams.of(MAPPER.toRow(session, tenantId, id, s)));
            for (int g = 0; g < session.segments().size(); g++) {
                segments.add(SqlParams.of(MAPPER.toRow(session.segments().get(g), tenantId, id, s, g)));
            }
        }
        db.batch("""
                insert into call_record_sessions (tenant_id, call_record_id, ordinal, id, caller, callee,
                    start_date_time, end_date_time, modalities, is_test, failure_info)
                values (:tenantId, :callRecordId, :ordinal, :id, :caller, :callee, :startDateTime, :endDateTime,
                    :modalities, :isTest, :failureInfo)""", sessions);
        db.batch("""
                insert into call_record_segments (tenant_id, call_record_id, session_ordinal, ordinal, id, caller,
                    callee, start_date_time, end_date_time, failure_info, media)
                values (:tenantId, :callRecordId, :sessionOrdinal, :ordinal, :id, :caller, :callee, :startDateTime,
                    :endDateTime, :failureInfo, :media)""", segments);
    }
}
