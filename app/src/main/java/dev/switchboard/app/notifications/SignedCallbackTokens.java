package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.app.security.LocalIssuer;

import com.nimbusds.jwt.JWTClaimsSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Callback tokens signed by the local issuer, one per call and application, used again for the call's callbacks for
 * {@link #REUSE} of its {@link CallbackTokens#LIFETIME}: an RSA signature costs about a millisecond of CPU, and a busy
 * call sends hundreds of callbacks a second, each of which would otherwise pay for one. Bot Framework tokens, which
 * Graph's callbacks carry, are likewise minted once and sent with many requests. A token reaches its receiver with at
 * least four of its five minutes left.
 */
final class SignedCallbackTokens implements CallbackTokens {

    static final Duration REUSE = Duration.ofMinutes(1);
    /** Calls with a token kept; beyond that the least recently used is dropped (and minted again if needed). */
    private static final int KEPT = 1024;

    private final LocalIssuer issuer;
    private final Clock clock;
    private final Map<Key, Minted> minted = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Minted> eldest) {
            return size() > KEPT;
        }
    };

    SignedCallbackTokens(LocalIssuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    private record Key(String tenantId, String audience, String callId) {
    }

    private record Minted(String token, Instant issuedAt) {
    }

    @Override
    public Optional<String> tokenFor(OutboxMessage message) {
        if (message.audience() == null) {
            return Optional.empty();
        }
        Key key = new Key(message.tenantId(), message.audience(), message.callId());
        Instant now = clock.instant();
        synchronized (minted) { // callbacks are sent from the HTTP client's threads as well as the dispatcher's
            Minted kept = minted.get(key);
            if (kept == null || !now.isBefore(kept.issuedAt().plus(REUSE)) || now.isBefore(kept.issuedAt())) {
                kept = new Minted(sign(key, now), now);
                minted.put(key, kept);
            }
            return Optional.of(kept.token());
        }
    }

    private String sign(Key key, Instant now) {
        Date issued = Date.from(now);
        return issuer.sign(new JWTClaimsSet.Builder()
                .audience(key.audience())
                .subject(key.callId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(issued)
                .notBeforeTime(issued)
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("tid", key.tenantId())
                .build());
    }
}
