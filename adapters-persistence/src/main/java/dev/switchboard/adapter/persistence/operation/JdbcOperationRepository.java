package dev.switchboard.adapter.persistence.operation;

import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.adapter.persistence.support.SnakeCaseRowMapper;
import dev.switchboard.adapter.persistence.support.SqlParams;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;
import org.springframework.jdbc.core.RowMapper;

import java.util.Optional;

/**
 * Operations in {@code operations}, one row each. Writes are optimistic: an update names the version it read and
 * changes nothing when the row has moved on.
 */
public final class JdbcOperationRepository implements OperationRepository {

    private static final String COLUMNS = """
            tenant_id, call_id, id, version, kind, invitees, participant_id, status, client_context, result_code,
            result_subcode, result_message, created_date_time, last_modified_date_time""";
    private static final RowMapper<OperationRow> ROWS = new SnakeCaseRowMapper<>(OperationRow.class);
    private static final OperationRowMapper MAPPER = OperationRowMapper.INSTANCE;

    private final Database db;

    public JdbcOperationRepository(Database db) {
        this.db = db;
    }

    @Override
    public CommsOperation insert(CommsOperation operation) {
        CommsOperation stored = operation.withVersion(1);
        db.insert("The operation " + operation.id() + " already exists in call " + operation.callId() + ".",
                () -> db.sql().sql("insert into operations (" + COLUMNS + """
                                ) values (:tenantId, :callId, :id, :version, :kind, :invitees, :participantId, :status,
                                :clientContext, :resultCode, :resultSubcode, :resultMessage, :createdDateTime,
                                :lastModifiedDateTime)""")
                        .paramSource(SqlParams.of(MAPPER.toRow(stored)))
                        .update());
        return stored;
    }

    @Override
    public CommsOperation update(CommsOperation operation) {
        CommsOperation stored = operation.withVersion(operation.version() + 1);
        db.updateVersioned("""
                        update operations
                           set version = :version, kind = :kind, invitees = :invitees, participant_id = :participantId,
                               status = :status, client_context = :clientContext, result_code = :resultCode,
                               result_subcode = :resultSubcode, result_message = :resultMessage,
                               created_date_time = :createdDateTime, last_modified_date_time = :lastModifiedDateTime
                         where tenant_id = :tenantId and call_id = :callId and id = :id and version = :readVersion""",
                SqlParams.of(MAPPER.toRow(stored)), operation.version(), "Operation " + operation.id());
        return stored;
    }

    @Override
    public Optional<CommsOperation> find(TenantId tenantId, CallId callId, OperationId id) {
        return db.run(() -> db.sql().sql("select " + COLUMNS + """
                         from operations
                        where tenant_id = :tenantId and call_id = :callId and id = :id""")
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .param("id", id.value())
                .query(ROWS)
                .optional()
                .map(MAPPER::toOperation));
    }
}
