package dev.switchboard.application.service.notification;

import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries;
import dev.switchboard.application.port.in.notification.PurgeCallbackHistoryUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;

/** The callback-delivery use cases, built over the outbound ports. Only the core's assembly creates this. */
public final class NotificationServices {

    private final CallbackDeliveryQueries queries;
    private final PurgeCallbackHistoryUseCase purgeHistory;

    public NotificationServices(OutboundPorts ports, ResourceLookup lookup) {
        this.queries = new CallbackDeliveryQueryService(ports, lookup);
        this.purgeHistory = new PurgeCallbackHistoryService(ports);
    }

    public CallbackDeliveryQueries queries() {
        return queries;
    }

    public PurgeCallbackHistoryUseCase purgeHistory() {
        return purgeHistory;
    }
}
