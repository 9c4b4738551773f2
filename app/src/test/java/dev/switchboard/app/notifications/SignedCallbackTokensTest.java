package dev.switchboard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.app.security.LocalIssuer;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call's callbacks share one signed token for a minute: signing is the costly part of a callback, and a token sent
 * within that minute still has at least four of its five minutes to run.
 */
class SignedCallbackTokensTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path keys;

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private LocalIssuer issuer;
    private CallbackTokens tokens;

    @BeforeEach
    void anIssuer() {
        issuer = LocalIssuer.inDirectory(keys, "urn:switchboard:test");
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        tokens = CallbackTokens.signedBy(issuer, clock);
    }

    @Test
    void callbacks_of_one_call_within_a_minute_carry_the_same_token_and_a_later_one_a_new_token() throws Exception {
        String first = tokens.tokenFor(callback("n1", "call-1")).orElseThrow();

        now.set(START.plus(SignedCallbackTokens.REUSE).minusSeconds(1));
        assertThat(tokens.tokenFor(callback("n2", "call-1"))).contains(first);

        now.set(START.plus(SignedCallbackTokens.REUSE));
        String renewed = tokens.tokenFor(callback("n3", "call-1")).orElseThrow();
        assertThat(renewed).isNotEqualTo(first);
        SignedJWT token = SignedJWT.parse(renewed);
        assertThat(token.verify(new RSASSAVerifier(issuer.publicKey()))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(now.get());
        assertThat(token.getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(now.get().plus(CallbackTokens.LIFETIME));
    }

    @Test
    void each_call_and_each_application_has_a_token_of_its_own() throws Exception {
        String callOne = tokens.tokenFor(callback("n1", "call-1")).orElseThrow();
        String callTwo = tokens.tokenFor(callback("n2", "call-2")).orElseThrow();

        assertThat(callTwo).isNotEqualTo(callOne);
        assertThat(SignedJWT.parse(callTwo).getJWTClaimsSet().getSubject()).isEqualTo("call-2");
        assertThat(SignedJWT.parse(callTwo).getJWTClaimsSet().getAudience()).containsExactly("bot-app");
        assertThat(SignedJWT.parse(callTwo).getJWTClaimsSet().getStringClaim("tid")).isEqualTo("tenant-1");
    }

    @Test
    void a_change_notification_carries_no_token() {
        OutboxMessage change = new OutboxMessage("tenant-1", "n1", 1, "subscription:s1", "https://bot/cb", null, "{}",
                0, START, START);

        assertThat(tokens.tokenFor(change)).isEmpty();
    }

    private static OutboxMessage callback(String id, String callId) {
        return new OutboxMessage("tenant-1", id, 1, callId, "https://bot/cb", "bot-app", "{}", 0, START, START);
    }
}
