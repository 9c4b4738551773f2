package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.app.security.LocalIssuer;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The bearer token a callback notification carries, as Graph's do (graph-api §6): a JWT for the application the
 * notification is addressed to ({@code aud}), naming the tenant ({@code tid}), signed by a key the receiver can fetch
 * (the local issuer's, published at {@code /.well-known/jwks.json}). Change notifications are addressed to no one and
 * carry their {@code clientState} instead.
 */
@FunctionalInterface
public interface CallbackTokens {

    /** How long a callback's token is valid: long enough for the attempts of a few minutes, not for replaying later. */
    Duration LIFETIME = Duration.ofMinutes(5);

    Optional<String> tokenFor(OutboxMessage message);

    /** No tokens: callbacks go unsigned (when no signing key is configured). */
    static CallbackTokens none() {
        return message -> Optional.empty();
    }

    /** Tokens signed by {@code issuer}, one per call and application, used again for a minute (see there). */
    static CallbackTokens signedBy(LocalIssuer issuer, Clock clock) {
        return new SignedCallbackTokens(issuer, clock);
    }
}
