package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

/**
 * A call's roster numbers from its row in {@code call_rosters}. The increment takes the row's lock, which the
 * transaction keeps until it ends, so two transactions never draw the same number; reading the row back in the same
 * transaction sees the number this one wrote. The first number of a call creates its row.
 */
public final class JdbcRosterSequence implements RosterSequence {

    private final Database db;

    public JdbcRosterSequence(Database db) {
        this.db = db;
    }

    @Override
    public long next(TenantId tenantId, CallId callId) {
        return db.atomically(() -> {
            if (increment(tenantId, callId) == 0) {
                // the call's first number; a concurrent first number makes this insert a no-op, and then we increment
                int created = db.sql().sql("""
                                insert into call_rosters (tenant_id, call_id, last_number)
                                values (:tenantId, :callId, 1)
                                on conflict do nothing""")
                        .param("tenantId", tenantId.value())
                        .param("callId", callId.value())
                        .update();
                if (created == 1) {
                    return 1L;
                }
                increment(tenantId, callId);
            }
            return db.sql().sql("""
                            select last_number from call_rosters where tenant_id = :tenantId and call_id = :callId""")
                    .param("tenantId", tenantId.value())
                    .param("callId", callId.value())
                    .query(Long.class)
                    .single();
        });
    }

    private int increment(TenantId tenantId, CallId callId) {
        return db.sql().sql("""
                        update call_rosters set last_number = last_number + 1
                         where tenant_id = :tenantId and call_id = :callId""")
                .param("tenantId", tenantId.value())
                .param("callId", callId.value())
                .update();
    }
}
