package dev.switchboard.application.service.notification;

import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackDelivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class CallbackDeliveryQueryService implements CallbackDeliveryQueries {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    CallbackDeliveryQueryService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public List<CallbackDelivery> list(ListCallbackDeliveriesQuery query) {
        lookup.call(query.tenantId(), query.callId());
        List<CallbackAttempt> latestFirst = ports.callbackDeliveries().findLatest(query.tenantId(), query.callId(),
                MAX_DELIVERIES * CallbackDelivery.KEPT_ATTEMPTS);
        // grouped in the order each notification was last attempted; a notification cut short by the limit keeps
        // its latest attempts, which is all a delivery needs
        Map<String, List<CallbackAttempt>> byNotification = new LinkedHashMap<>();
        for (CallbackAttempt attempt : latestFirst) {
            byNotification.computeIfAbsent(attempt.notificationId(), id -> new ArrayList<>()).add(attempt);
        }
        return byNotification.entrySet().stream()
                .limit(MAX_DELIVERIES)
                .map(entry -> {
                    List<CallbackAttempt> oldestFirst = new ArrayList<>(entry.getValue());
                    Collections.reverse(oldestFirst);
                    return new CallbackDelivery(entry.getKey(), oldestFirst);
                })
                .toList();
    }
}
