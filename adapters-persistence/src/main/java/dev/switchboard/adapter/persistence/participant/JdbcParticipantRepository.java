package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.call.JoinedCall;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.SnakeCaseRowMapper;
import dev.switchboard.adapter.persistence.support.SqlParams;
import dev.switchboard.application.port.out.ParticipantOfCall;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;
import java.util.Optional;

/**
 * Participants in {@code participants}, one row each, kept after they leave ({@code present} false). Writes are
 * optimistic: an update names the version it read and changes nothing when the row has moved on.
 */
public final class JdbcParticipantRepository implements ParticipantRepository {

    private static final String COLUMNS = """
            tenant_id, call_id, id, version, info, metadata, muted, in_lobby, media_streams, recording_info, present,
            removed_reason, roster_sequence_number, joined_date_time, left_date_time""";
    /**
     * The roster: keyset paging served by participants_present_by_id. The order spells the index from its first column
     * (the where clause fixes all but the id anyway): only then does H2 read the index in order instead of sorting.
     */
    static final String FIND_PRESENT = "select " + COLUMNS + """
             from participants
            where tenant_id = :tenantId and call_id = :callId and present = true and id > :after
            order by tenant_id, call_id, present, id
            limit :limit""";
    static final String COUNT_PRESENT = """
            select count(*)
              from participants
             where tenant_id = :tenantId and call_id = :callId and present = true""";
    /**
     * A participant with its call, each by its primary key. The call leads and the participant is joined to it: no
     * row means no call, and a row whose participant columns are null a call without that participant. The tables
     * share column names, so each side's columns carry its alias.
     */
    static final String FIND_WITH_CALL = "select " + JoinedCall.columns("c") + ", "
            + SnakeCaseRowMapper.columnsOf("p", COLUMNS) + """
             from calls c
             left join participants p on p.tenant_id = c.tenant_id and p.call_id = c.id and p.id = :id
            where c.tenant_id = :tenantId and c.id = :callId""";
    private static final RowMapper<ParticipantRow> ROWS = new SnakeCaseRowMapper<>(ParticipantRow.class);
    private static final ParticipantRowMapper MAPPER = ParticipantRowMapper.INSTANCE;
    private static final RowMapper<Call> JOINED_CALL = JoinedCall.rows("c");
    private static final RowMapper<ParticipantRow> JOINED_ROWS = SnakeCaseRowMapper.joined(ParticipantRow.class, "p");
    private static final RowMapper<ParticipantOfCall> WITH_CALL = (row, number) -> new ParticipantOfCall(
            JOINED_CALL.mapRow(row, number),
            row.getString("p_id") == null ? Optional.empty()
                    : Optional.of(MAPPER.toParticipant(JOINED_ROWS.mapRow(row, number))));

    private final Database db;

    public JdbcParticipantRepository(Database db) {
        this.db = db;
    }

    @Override
    public Participant insert(Participant participant) {
        Participant stored = participant.withVersion(1);
        db.insert("The participant " + participant.id() + " already exists in call " + participant.callId() + ".",
                () -> db.sql().sql("insert into participants (" + COLUMNS + """
                                ) values (:tenantId, :callId, :id, :version, :info, :metadata, :muted, :inLobby,
                                :mediaStreams, :recordingInfo, :present, :removedReason, :rosterSequenceNumber,
                                :joinedDateTime, :leftDateTime)""")
                        .paramSource(SqlParams.of(MAPPER.toRow(stored)))
                        .update());
        return stored;
    }

    @Override
    public Participant update(Participant participant) {
        Participant stored = participant.withVersion(participant.version() + 1);
        db.updateVersioned("""
                        update participants
                           set version = :version, info = :info, metadata = :metadata, muted = :muted,
                               in_lobby = :inLobby, media_streams = :mediaStreams, recording_info = :recordingInfo,
                               present = :present, removed_reason = :removedReason,
                               roster_sequence_number = :rosterSequenceNumber, joined_date_time = :joinedDateTime,
                               left_date_time = :leftDateTime
                         where tenant_id = :tenantId and call_id = :callId and id = :id and version = :readVersion""",
                SqlParams.of(MAPPER.toRow(stored)), participant.version(), "Participant " + participant.id());
        return stored;
    }

    @Override
    public Optional<Participant> find(TenantId tenantId, CallId callId, ParticipantId id) {
        return db.run(() -> db.sql().sql("select " + COLUMNS + """
                         from participants
                        where tenant_id = :tenantId and call_id = :callId and id = :id""")
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .param("id", id.value())
                .query(ROWS)
                .optional()
                .map(MAPPER::toParticipant));
    }

    @Override
    public Optional<ParticipantOfCall> findWithCall(TenantId tenantId, CallId callId, ParticipantId id) {
        return db.run(() -> db.sql().sql(FIND_WITH_CALL)
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .param("id", id.value())
                .query(WITH_CALL)
                .optional());
    }

    @Override
    public List<Participant> findPresent(TenantId tenantId, CallId callId, Optional<ParticipantId> after, int limit) {
        // every id is non-empty, so '' starts before the first
        return db.run(() -> db.sql().sql(FIND_PRESENT)
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .param("after", after.map(ParticipantId::value).orElse(""))
                .param("limit", limit)
                .query(ROWS)
                .list()
                .stream()
                .map(MAPPER::toParticipant)
                .toList());
    }

    @Override
    public int countPresent(TenantId tenantId, CallId callId) {
        return db.run(() -> db.sql().sql(COUNT_PRESENT)
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .query(Integer.class)
                .single());
    }

    @Override
    public List<Participant> findAll(TenantId tenantId, CallId callId) {
        return db.run(() -> db.sql().sql("select " + COLUMNS + """
                         from participants
                        where tenant_id = :tenantId and call_id = :callId
                        order by tenant_id, call_id, id""")
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .query(ROWS)
                .list()
                .stream()
                .map(MAPPER::toParticipant)
                .toList());
    }
}
