package dev.switchboard.application.port.in.subscription;

import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.util.Objects;

/** Reads of subscriptions. An expired subscription is not found, as in Graph, and no longer listed. */
public interface SubscriptionQueries {

    /** Subscriptions come in pages of at most this many. */
    int MAX_PAGE_SIZE = 100;

    /** @throws NotFoundException when unknown, another tenant's, or expired */
    Subscription get(GetSubscriptionQuery query);

    /**
     * The tenant's unexpired subscriptions, ordered by id.
     *
     * @throws InvalidInputException when the page's cursor was not issued by this list
     */
    Page<Subscription> list(ListSubscriptionsQuery query);

    record GetSubscriptionQuery(TenantId tenantId, SubscriptionId subscriptionId) {
        public GetSubscriptionQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(subscriptionId, "subscriptionId");
        }
    }

    record ListSubscriptionsQuery(TenantId tenantId, PageRequest page) {
        public ListSubscriptionsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(page, "page");
        }
    }
}
