package dev.switchboard.application.port.out;

import java.net.URI;

/**
 * Graph's validation handshake: before a subscription is created, its {@code notificationUrl} is asked to echo a
 * random token, which proves that the receiver exists and wants the notifications.
 */
public interface SubscriptionValidator {

    /**
     * Says whether {@code notificationUrl} answered {@code POST ?validationToken=<token>} with 200, {@code text/plain}
     * and the token itself, within the time Graph allows (10 seconds).
     */
    boolean confirms(URI notificationUrl, String validationToken);
}
