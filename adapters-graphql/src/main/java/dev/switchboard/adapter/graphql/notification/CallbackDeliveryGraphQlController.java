package dev.switchboard.adapter.graphql.notification;

import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;
import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries;
import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries.ListCallbackDeliveriesQuery;
import dev.switchboard.domain.common.CallId;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/**
 * What was POSTed to a call's {@code callbackUri} and how each delivery went; readable by whoever may read the call.
 */
@Controller
class CallbackDeliveryGraphQlController {

    private final CallbackDeliveryQueries deliveries;

    CallbackDeliveryGraphQlController(CallbackDeliveryQueries deliveries) {
        this.deliveries = deliveries;
    }

    @Requires(Permission.CALLS)
    @QueryMapping
    Mono<List<CallbackDeliveryView>> callbackDeliveries(@Argument String callId, Caller caller) {
        CallId call = Inputs.key("callId", callId, CallId::of);
        return Blocking.call(() -> deliveries.list(new ListCallbackDeliveriesQuery(caller.tenantId(), call)).stream()
                .map(CallbackDeliveryView::of).toList());
    }
}
