package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.app.SwitchboardApplication;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production: the local issuer is off and Switchboard trusts the identity provider it is told about (issuer, JWK set
 * URL, audience), here a stand-in that publishes its key set over HTTP as Microsoft Entra ID does. Its tokens are
 * served; tokens of another issuer or for another audience are not; the local issuer's endpoints do not exist; and
 * without an identity provider the application refuses to start, saying what to set.
 */
class IdentityProviderTokensTest {

    private static final String ISSUER = "https://login.example.test/9e0c0000-1111-4222-8333-444455556666/v2.0";
    private static final String AUDIENCE = "api://switchboard-production";

    private static RSAKey providerKey;
    private static HttpServer provider;
    private static ConfigurableApplicationContext app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheProviderAndTheApplication() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/discovery/v2.0/keys", exchange -> {
            byte[] keys = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        provider.start();
        app = start("--switchboard.security.issuer=" + ISSUER,
                "--switchboard.security.jwk-set-uri=http://127.0.0.1:" + provider.getAddress().getPort()
                        + "/discovery/v2.0/keys",
                "--switchboard.security.audiences=" + AUDIENCE);
    }

    @AfterAll
    static void stopThem() {
        if (app != null) {
            app.close();
        }
        provider.stop(0);
    }

    @Test
    void a_token_of_the_identity_provider_is_served() throws Exception {
        HttpResponse<String> calls = get("/v1.0/communications/calls", providerToken(claims -> claims));

        assertThat(calls.statusCode()).as(calls.body()).isEqualTo(200);
    }

    @Test
    void a_token_of_another_issuer_or_for_another_audience_is_refused() throws Exception {
        HttpResponse<String> otherIssuer = get("/v1.0/communications/calls",
                providerToken(claims -> claims.issuer("https://login.example.test/someone-else/v2.0")));
        HttpResponse<String> otherAudience = get("/v1.0/communications/calls",
                providerToken(claims -> claims.audience("https://graph.microsoft.com")));

        assertThat(otherIssuer.statusCode()).isEqualTo(401);
        assertThat(otherIssuer.body()).contains("InvalidAuthenticationToken");
        assertThat(otherAudience.statusCode()).isEqualTo(401);
    }

    @Test
    void the_local_issuer_is_not_there() throws Exception {
        HttpResponse<String> minting = HTTP.send(HttpRequest.newBuilder(url("/dev/token"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(minting.statusCode()).isEqualTo(401);
        assertThat(get("/.well-known/jwks.json", null).statusCode()).isEqualTo(401);
        assertThat(get("/dev/token", providerToken(claims -> claims)).statusCode()).isEqualTo(404);
    }

    @Test
    void without_the_local_issuer_the_api_document_needs_a_token_and_the_playgrounds_are_closed() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/swagger-ui.html", null).statusCode()).isEqualTo(401);
        assertThat(get("/graphiql", null).statusCode()).isEqualTo(401);

        HttpResponse<String> document = get("/v3/api-docs", providerToken(claims -> claims));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/{version}/communications/calls");
    }

    @Test
    void without_an_identity_provider_the_application_does_not_start_and_says_what_to_set() {
        assertThatThrownBy(() -> start().close())
                .rootCause().hasMessageContaining("switchboard.security.issuer")
                .hasMessageContaining("switchboard.security.jwk-set-uri");
    }

    private static ConfigurableApplicationContext start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:idp-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--switchboard.security.local-issuer.enabled=false"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(SwitchboardApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String providerToken(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject("sp-1")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .claim("tid", "9e0c0000-1111-4222-8333-444455556666")
                .claim("azp", "0d0c0000-1111-4222-8333-444455556666")
                .claim("roles", List.of("Calls.Initiate.All"))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(providerKey.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(providerKey));
        return jwt.serialize();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}
