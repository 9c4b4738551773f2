package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.ValidationFailedException;
import dev.switchboard.domain.subscription.Subscription;

/** Subscribes to change notifications, after the notification URL has passed the validation handshake. */
public interface CreateSubscriptionUseCase {

    /**
     * @throws InvalidInputException for a bad value
     * @throws ValidationFailedException when the receiver did not echo the validation token; nothing is stored then
     */
    Subscription create(CreateSubscriptionCommand command);
}
