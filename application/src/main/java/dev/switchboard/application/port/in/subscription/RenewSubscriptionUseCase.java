package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.subscription.Subscription;

/** Moves a subscription's expiry. */
public interface RenewSubscriptionUseCase {

    /**
     * @throws NotFoundException when the tenant has no such subscription, or it has expired
     * @throws InvalidInputException when the new expiry is past or too far ahead
     */
    Subscription renew(RenewSubscriptionCommand command);
}
