package dev.switchboard.application.port.in.notification;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.notification.CallbackDelivery;

import java.util.List;
import java.util.Objects;

/** Reads of a call's callback deliveries: what was POSTed to its {@code callbackUri}, and how that went. */
public interface CallbackDeliveryQueries {

    /** At most this many deliveries are listed: the latest ones. */
    int MAX_DELIVERIES = 50;

    /**
     * The call's latest deliveries, the most recently attempted first, each with its kept attempts.
     *
     * @throws NotFoundException when the tenant has no such call, or it ended longer ago than the retention
     */
    List<CallbackDelivery> list(ListCallbackDeliveriesQuery query);

    record ListCallbackDeliveriesQuery(TenantId tenantId, CallId callId) {
        public ListCallbackDeliveriesQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callId, "callId");
        }
    }
}
