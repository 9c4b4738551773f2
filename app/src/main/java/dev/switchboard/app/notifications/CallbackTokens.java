package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.app.security.LocalIssuer;

import com.nimbusds.jwt.JWTClaimsSet;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

/**
 * The bearer token a callback notification carries, as Graph's do (graph-api §6): a JWT for the application the
 * notification is addressed to ({@code aud}), naming the tenant ({@code tid}), signed by a key the receiver can fetch
 * (the local issuer's, published at {@code /.well-known/jwks.json}). Change notifications are addressed to no one and
 * carry their {@code clientState} instead.
 */
@FunctionalInterface
public interface CallbackTokens {

    /** How long a callback's token is valid: long enough for one delivery attempt, not for replaying it later. */
    Duration LIFETIME = Duration.ofMinutes(5);

    Optional<String> tokenFor(OutboxMessage message);

    /** No tokens: callbacks go unsigned (when no signing key is configured). */
    static CallbackTokens none() {
        return message -> Optional.empty();
    }

    /** Tokens signed by {@code issuer}, minted afresh for every attempt. */
    static CallbackTokens signedBy(LocalIssuer issuer, Clock clock) {
        return message -> {
            if (message.audience() == null) {
                return Optional.empty();
            }
            Date now = Date.from(clock.instant());
            return Optional.of(issuer.sign(new JWTClaimsSet.Builder()
                    .audience(message.audience())
                    .subject(message.callId())
                    .jwtID(message.id())
                    .issueTime(now)
                    .notBeforeTime(now)
                    .expirationTime(Date.from(clock.instant().plus(LIFETIME)))
                    .claim("tid", message.tenantId())
                    .build()));
        };
    }
}
