package dev.switchboard.adapter.rest.subscription;

import dev.switchboard.adapter.rest.odata.GraphPaths;
import dev.switchboard.adapter.rest.odata.GraphRequest;
import dev.switchboard.adapter.rest.odata.ODataResponses;
import dev.switchboard.adapter.rest.odata.QueryOption;
import dev.switchboard.adapter.rest.support.Blocking;
import dev.switchboard.adapter.rest.support.Ids;
import dev.switchboard.application.port.in.subscription.CreateSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.CreateSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries.GetSubscriptionQuery;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries.ListSubscriptionsQuery;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Change-notification subscriptions to {@code /communications/callRecords}: create (after the validation handshake
 * with the notification URL), list, read, renew by {@code PATCH} of {@code expirationDateTime}, and delete.
 */
@RestController
class SubscriptionController {

    private static final String COLLECTION = "subscriptions";

    private final CreateSubscriptionUseCase create;
    private final RenewSubscriptionUseCase renew;
    private final DeleteSubscriptionUseCase delete;
    private final SubscriptionQueries subscriptions;
    private final ODataResponses responses;

    SubscriptionController(CreateSubscriptionUseCase create, RenewSubscriptionUseCase renew,
                           DeleteSubscriptionUseCase delete, SubscriptionQueries subscriptions,
                           ODataResponses responses) {
        this.create = create;
        this.renew = renew;
        this.delete = delete;
        this.subscriptions = subscriptions;
        this.responses = responses;
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @PostMapping(GraphPaths.SUBSCRIPTIONS)
    Mono<ResponseEntity<ObjectNode>> create(GraphRequest request) {
        return request.read(SubscriptionReader::newSubscription, Mono.empty())
                .flatMap(asked -> Blocking.call(() -> create.create(new CreateSubscriptionCommand(request.tenantId(),
                        request.caller().applicationId(), null, asked.resource(), asked.changeType(),
                        asked.notificationUrl(), asked.expirationDateTime(), asked.clientState()))))
                .map(subscription -> responses.created(request, COLLECTION + "/$entity", body(subscription),
                        COLLECTION + "/" + subscription.id()));
    }

    /**
     * The tenant's unexpired subscriptions, 100 a page. Graph's list takes no OData query options (only the
     * {@code $skiptoken} of its own next links) and leaves {@code clientState} out of its items.
     */
    @Requires(Permission.READ_CALL_RECORDS)
    @GetMapping(GraphPaths.SUBSCRIPTIONS)
    Mono<ResponseEntity<ObjectNode>> list(GraphRequest request) {
        return request.parse(() -> {
                    request.query(QueryOption.SKIPTOKEN);
                    return new ListSubscriptionsQuery(request.tenantId(), request.page());
                }, Mono.empty())
                .flatMap(query -> Blocking.call(() -> subscriptions.list(query)))
                .map(page -> responses.page(request, COLLECTION, page,
                        subscription -> responses.entity(SubscriptionJsonMapper.toListItem(subscription), null)));
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @GetMapping(GraphPaths.SUBSCRIPTION)
    Mono<ResponseEntity<ObjectNode>> get(GraphRequest request, @PathVariable String subscriptionId) {
        SubscriptionId id = Ids.subscription(subscriptionId);
        return Blocking.call(() -> subscriptions.get(new GetSubscriptionQuery(request.tenantId(), id)))
                .map(subscription -> responses.ok(request, COLLECTION + "/$entity", body(subscription)));
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @PatchMapping(GraphPaths.SUBSCRIPTION)
    Mono<ResponseEntity<ObjectNode>> renew(GraphRequest request, @PathVariable String subscriptionId) {
        SubscriptionId id = Ids.subscription(subscriptionId);
        Mono<?> exists = Blocking.call(() -> subscriptions.get(new GetSubscriptionQuery(request.tenantId(), id)));
        return request.read(SubscriptionReader::renewal, exists)
                .flatMap(expiry -> Blocking.call(() -> renew.renew(
                        new RenewSubscriptionCommand(request.tenantId(), id, expiry))))
                .map(subscription -> responses.ok(request, COLLECTION + "/$entity", body(subscription)));
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @DeleteMapping(GraphPaths.SUBSCRIPTION)
    Mono<ResponseEntity<Void>> delete(GraphRequest request, @PathVariable String subscriptionId) {
        SubscriptionId id = Ids.subscription(subscriptionId);
        return Blocking.run(() -> delete.delete(new DeleteSubscriptionCommand(request.tenantId(), id)))
                .then(Mono.fromSupplier(responses::noContent));
    }

    private ObjectNode body(Subscription subscription) {
        return responses.entity(SubscriptionJsonMapper.toJson(subscription), null);
    }
}
