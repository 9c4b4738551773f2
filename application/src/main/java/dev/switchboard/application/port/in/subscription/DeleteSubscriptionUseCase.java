package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.error.NotFoundException;

/** Ends a subscription; no notification is sent to it afterwards. */
public interface DeleteSubscriptionUseCase {

    /** @throws NotFoundException when the tenant has no such subscription, or it has expired */
    void delete(DeleteSubscriptionCommand command);
}
