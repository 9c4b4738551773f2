package dev.switchboard.application.service.notification;

import dev.switchboard.application.port.in.notification.PurgeCallbackHistoryUseCase;
import dev.switchboard.application.port.out.OutboundPorts;

import java.time.Duration;

class PurgeCallbackHistoryService implements PurgeCallbackHistoryUseCase {

    private final OutboundPorts ports;

    PurgeCallbackHistoryService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public int purgeOlderThan(Duration retention, int limit) {
        if (limit < 1 || retention.isNegative()) {
            throw new IllegalArgumentException("the purge needs a positive limit and a retention of zero or more");
        }
        return ports.transactions().inTransaction(() -> ports.callbackDeliveries()
                .purgeAttemptedBefore(ports.clock().instant().minus(retention), limit));
    }
}
