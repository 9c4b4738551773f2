package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * The embedded default's token issuer: {@code POST /dev/token} mints a signed token for the tenant, application and
 * roles asked for (defaults for what is left out), refuses what it cannot mint with Graph's envelope, and its JWK
 * set verifies what it minted.
 */
class LocalIssuerTest extends RestClientSupport {

    @Test
    void a_token_for_nothing_in_particular_acts_for_the_default_tenant_with_every_role() {
        Response minted = sendAs(null, HttpMethod.POST, "/dev/token", null).expect(200);

        assertThat(minted.text("/token_type")).isEqualTo("Bearer");
        assertThat(minted.number("/expires_in")).isEqualTo(3600);
        String token = minted.text("/access_token");
        Response created = sendAs(token, HttpMethod.POST, CALLS, body("peer-to-peer-call.json")).expect(201);
        assertThat(created.text("/tenantId")).isEqualTo(TENANT);
    }

    @Test
    void a_token_carries_the_tenant_application_roles_and_lifetime_asked_for() throws Exception {
        Response minted = sendAs(null, HttpMethod.POST, "/dev/token", """
                {"tenantId": "7f3c0000-1111-4222-8333-444455556666", "applicationId": "bot-42",
                 "roles": ["calls.initiate.all", "CallRecords.Read.All"], "expiresInSeconds": 600}""").expect(200);

        JWTClaimsSet claims = SignedJWT.parse(minted.text("/access_token")).getJWTClaimsSet();
        assertThat(claims.getStringClaim("tid")).isEqualTo("7f3c0000-1111-4222-8333-444455556666");
        assertThat(claims.getStringClaim("appid")).isEqualTo("bot-42");
        assertThat(claims.getStringListClaim("roles")).containsExactly("Calls.Initiate.All", "CallRecords.Read.All");
        assertThat(claims.getAudience()).containsExactly("api://switchboard");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(minted.number("/expires_in")).isEqualTo(600);
    }

    @Test
    void what_cannot_be_minted_is_refused_in_the_envelope_naming_every_problem() {
        Response refused = sendAs(null, HttpMethod.POST, "/dev/token", """
                {"tenantId": "", "applicationId": " ", "roles": ["Calls.Initiate.All", "Calls.DoAnything.All"],
                 "expiresInSeconds": 604800}""");

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).contains("tenantId", "applicationId", "roles[1]", "Calls.DoAnything.All",
                "expiresInSeconds");
        sendAs(null, HttpMethod.POST, "/dev/token", "{\"roles\": \"Calls.Initiate.All\"}").expectError(400, "BadRequest");
        sendAs(null, HttpMethod.POST, "/dev/token", "{not json").expectError(400, "BadRequest");
    }

    @Test
    void a_token_with_no_roles_is_authenticated_and_then_forbidden() {
        String token = sendAs(null, HttpMethod.POST, "/dev/token", "{\"roles\": []}").expect(200)
                .text("/access_token");

        sendAs(token, HttpMethod.GET, CALLS, null).expectError(403, "Forbidden");
    }

    @Test
    void the_published_key_set_verifies_a_minted_token_and_holds_no_private_part() throws Exception {
        String token = sendAs(null, HttpMethod.POST, "/dev/token", null).expect(200).text("/access_token");
        JWKSet keys = JWKSet.parse(sendAs(null, HttpMethod.GET, "/.well-known/jwks.json", null).expect(200).raw());
        SignedJWT jwt = SignedJWT.parse(token);

        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        Response configuration = sendAs(null, HttpMethod.GET, "/.well-known/openid-configuration", null).expect(200);
        assertThat(configuration.text("/issuer")).isEqualTo(jwt.getJWTClaimsSet().getIssuer());
        assertThat(configuration.text("/jwks_uri")).isEqualTo(base() + "/.well-known/jwks.json");
        assertThat(List.of(configuration.text("/token_endpoint"))).containsExactly(base() + "/dev/token");
    }
}
