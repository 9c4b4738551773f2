package dev.switchboard.adapter.persistence.call;

import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.SnakeCaseRowMapper;
import dev.switchboard.adapter.persistence.support.SqlParams;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;
import java.util.Optional;

/**
 * Calls in {@code calls}, one row each. Writes are optimistic: an update names the version it read and changes
 * nothing when the row has moved on.
 */
public final class JdbcCallRepository implements CallRepository {

    static final String COLUMNS = """
            tenant_id, id, version, kind, state, direction, call_chain_id, my_participant_id, callback_uri, subject,
            source, targets, requested_modalities, media_config, chat_info, meeting_info, dynamic_properties,
            result_code, result_subcode, result_message, media_state, created_date_time, last_keep_alive_date_time,
            ended_date_time, application_id""";
    private static final RowMapper<CallRow> ROWS = new SnakeCaseRowMapper<>(CallRow.class);
    private static final CallRowMapper MAPPER = CallRowMapper.INSTANCE;

    private final Database db;

    public JdbcCallRepository(Database db) {
        this.db = db;
    }

    @Override
    public Call insert(Call call) {
        Call stored = call.withVersion(1);
        db.insert("The call " + call.id() + " already exists.",
                () -> db.sql().sql("insert into calls (" + COLUMNS + """
                                ) values (:tenantId, :id, :version, :kind, :state, :direction, :callChainId,
                                :myParticipantId, :callbackUri, :subject, :source, :targets, :requestedModalities,
                                :mediaConfig, :chatInfo, :meetingInfo, :dynamicProperties, :resultCode, :resultSubcode,
                                :resultMessage, :mediaState, :createdDateTime, :lastKeepAliveDateTime,
                                :endedDateTime, :applicationId)""")
                        .paramSource(SqlParams.of(MAPPER.toRow(stored)))
                        .update());
        return stored;
    }

    @Override
    public Call update(Call call) {
        Call stored = call.withVersion(call.version() + 1);
        db.updateVersioned("""
                        update calls
                           set version = :version, kind = :kind, state = :state, direction = :direction,
                               call_chain_id = :callChainId, my_participant_id = :myParticipantId,
                               callback_uri = :callbackUri, subject = :subject, source = :source, targets = :targets,
                               requested_modalities = :requestedModalities, media_config = :mediaConfig,
                               chat_info = :chatInfo, meeting_info = :meetingInfo,
                               dynamic_properties = :dynamicProperties, result_code = :resultCode,
                               result_subcode = :resultSubcode, result_message = :resultMessage,
                               media_state = :mediaState, created_date_time = :createdDateTime,
                               last_keep_alive_date_time = :lastKeepAliveDateTime, ended_date_time = :endedDateTime
                         where tenant_id = :tenantId and id = :id and version = :readVersion""",
                SqlParams.of(MAPPER.toRow(stored)), call.version(), "Call " + call.id());
        return stored;
    }

    @Override
    public Optional<Call> find(TenantId tenantId, CallId id) {
        return db.run(() -> db.sql().sql("select " + COLUMNS + " from calls where tenant_id = :tenantId and id = :id")
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .query(ROWS)
                .optional()
                .map(MAPPER::toCall));
    }

    @Override
    public List<Call> findPage(TenantId tenantId, Optional<CallId> after, int limit) {
        // keyset paging over the primary key; every id is non-empty, so '' starts before the first. The order spells
        // the key from its first column (the tenant is fixed anyway): only then does H2 read the index in order.
        return db.run(() -> db.sql().sql("select " + COLUMNS + """
                         from calls
                        where tenant_id = :tenantId and id > :after
                        order by tenant_id, id
                        limit :limit""")
                .param("tenantId", tenantId.value())
                .param("after", after.map(CallId::value).orElse(""))
                .param("limit", limit)
                .query(ROWS)
                .list()
                .stream()
                .map(MAPPER::toCall)
                .toList());
    }
}
