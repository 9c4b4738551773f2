package dev.switchboard.adapter.persistence.lifecycle;

import dev.switchboard.adapter.persistence.support.ColumnMappings;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.application.port.out.LifecycleTimer;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Timers in {@code lifecycle_timers}. A claim is a {@code delete} of the timer's row in the worker's transaction:
 * the first deleter holds the row lock until it commits, and a concurrent deleter (on another instance too) then
 * deletes nothing and so learns that the timer is taken; a rollback restores the row. This works alike on PostgreSQL
 * and H2 and needs no lease column.
 */
public final class JdbcLifecycleTimers implements LifecycleTimers {

    private static final RowMapper<LifecycleTimer> ROWS = (rs, row) -> new LifecycleTimer(
            TenantId.of(rs.getString("tenant_id")),
            LifecycleTimer.Kind.valueOf(rs.getString("kind")),
            CallId.of(rs.getString("call_id")),
            rs.getString("target_id"),
            ColumnMappings.instant(rs.getObject("due_date_time", OffsetDateTime.class)));

    private final Database db;

    public JdbcLifecycleTimers(Database db) {
        this.db = db;
    }

    @Override
    public void schedule(LifecycleTimer timer) {
        db.insert("A " + timer.kind() + " timer for " + timer.targetId() + " is already set.",
                () -> db.sql().sql("""
                                insert into lifecycle_timers (tenant_id, kind, target_id, call_id, due_date_time)
                                values (:tenantId, :kind, :targetId, :callId, :dueAt)""")
                        .param("tenantId", timer.tenantId().value())
                        .param("kind", timer.kind().name())
                        .param("targetId", timer.targetId())
                        .param("callId", timer.callId().value())
                        .param("dueAt", ColumnMappings.timestamp(timer.dueAt()))
                        .update());
    }

    @Override
    public List<LifecycleTimer> due(Instant now, int limit) {
        return db.run(() -> db.sql().sql("""
                        select tenant_id, kind, target_id, call_id, due_date_time
                          from lifecycle_timers
                         where due_date_time <= :now
                         order by due_date_time, tenant_id, kind, target_id
                         limit :limit""")
                .param("now", ColumnMappings.timestamp(now))
                .param("limit", limit)
                .query(ROWS)
                .list());
    }

    @Override
    public boolean claim(LifecycleTimer timer) {
        return db.run(() -> db.sql().sql("""
                        delete from lifecycle_timers
                         where tenant_id = :tenantId and kind = :kind and target_id = :targetId""")
                .param("tenantId", timer.tenantId().value())
                .param("kind", timer.kind().name())
                .param("targetId", timer.targetId())
                .update()) == 1;
    }

    @Override
    public void postpone(LifecycleTimer timer) {
        db.run(() -> db.sql().sql("""
                        update lifecycle_timers set due_date_time = :dueAt
                         where tenant_id = :tenantId and kind = :kind and target_id = :targetId""")
                .param("dueAt", ColumnMappings.timestamp(timer.dueAt()))
                .param("tenantId", timer.tenantId().value())
                .param("kind", timer.kind().name())
                .param("targetId", timer.targetId())
                .update());
    }
}
