package dev.switchboard.adapter.persistence.notification;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackDelivery;
import dev.switchboard.domain.notification.CallbackOutcome;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@link CallbackDeliveryLog} in {@code callback_attempts}. */
public final class JdbcCallbackDeliveryLog implements CallbackDeliveryLog {

    private static final RowMapper<CallbackAttempt> ROWS = (rs, row) -> new CallbackAttempt(
            ColumnMappings.tenant(rs.getString("tenant_id")), ColumnMappings.call(rs.getString("call_id")),
            rs.getString("notification_id"), rs.getInt("attempt_number"),
            ColumnMappings.instant(rs.getObject("attempted_date_time", OffsetDateTime.class)),
            rs.getString("change_type"), rs.getString("resource_url"),
            Optional.ofNullable(rs.getObject("status_code", Integer.class)),
            CallbackOutcome.valueOf(rs.getString("outcome")));

    private final Database db;

    public JdbcCallbackDeliveryLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(CallbackAttempt attempt) {
        db.atomically(() -> {
            db.sql().sql("""
                            insert into callback_attempts (tenant_id, notification_id, attempt_number, call_id,
                                                           attempted_date_time, change_type, resource_url,
                                                           status_code, outcome)
                            values (:tenantId, :notificationId, :number, :callId, :at, :changeType, :resourceUrl,
                                    :statusCode, :outcome)
                            on conflict do nothing""")
                    .param("tenantId", ColumnMappings.tenant(attempt.tenantId()))
                    .param("notificationId", attempt.notificationId())
                    .param("number", attempt.number())
                    .param("callId", ColumnMappings.call(attempt.callId()))
                    .param("at", ColumnMappings.timestamp(attempt.attemptedAt()))
                    .param("changeType", attempt.changeType())
                    .param("resourceUrl", attempt.resourceUrl())
                    .param("statusCode", attempt.statusCode().orElse(null), Types.INTEGER)
                    .param("outcome", attempt.outcome().name())
                    .update();
            if (attempt.number() <= CallbackDelivery.KEPT_ATTEMPTS) {
                return 0; // nothing to forget yet: most notifications arrive at the first attempt
            }
            // the bound, kept on every write: a receiver down for an hour leaves ten rows, not sixty
            return db.sql().sql("""
                            delete from callback_attempts
                             where tenant_id = :tenantId and notification_id = :notificationId
                               and attempt_number <= :oldestDropped""")
                    .param("tenantId", ColumnMappings.tenant(attempt.tenantId()))
                    .param("notificationId", attempt.notificationId())
                    .param("oldestDropped", attempt.number() - CallbackDelivery.KEPT_ATTEMPTS)
                    .update();
        });
    }

    @Override
    public List<CallbackAttempt> findLatest(TenantId tenantId, CallId callId, int limit) {
        return db.run(() -> db.sql().sql("""
                        select tenant_id, notification_id, attempt_number, call_id, attempted_date_time, change_type,
                               resource_url, status_code, outcome
                          from callback_attempts
                         where tenant_id = :tenantId and call_id = :callId
                         order by attempted_date_time desc, attempt_number desc
                         limit :limit""")
                .param("tenantId", ColumnMappings.tenant(tenantId))
                .param("callId", ColumnMappings.call(callId))
                .param("limit", limit)
                .query(ROWS)
                .list());
    }

    @Override
    public int purgeAttemptedBefore(Instant cutoff, int limit) {
        // the keys first, then the rows: H2 may evaluate a limited sub-select again for each row it deletes
        return db.atomically(() -> {
            List<Key> old = db.sql().sql("""
                            select tenant_id, notification_id, attempt_number from callback_attempts
                             where attempted_date_time < :cutoff
                             order by attempted_date_time
                             limit :limit""")
                    .param("cutoff", ColumnMappings.timestamp(cutoff))
                    .param("limit", limit)
                    .query((rs, row) -> new Key(rs.getString("tenant_id"), rs.getString("notification_id"),
                            rs.getInt("attempt_number")))
                    .list();
            int purged = 0;
            for (Key key : old) {
                purged += db.sql().sql("""
                                delete from callback_attempts
                                 where tenant_id = :tenantId and notification_id = :notificationId
                                   and attempt_number = :number""")
                        .param("tenantId", key.tenantId())
                        .param("notificationId", key.notificationId())
                        .param("number", key.number())
                        .update();
            }
            return purged;
        });
    }

    private record Key(String tenantId, String notificationId, int number) {
    }
}
