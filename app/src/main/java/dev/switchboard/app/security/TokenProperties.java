package dev.switchboard.app.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which bearer tokens Switchboard accepts ({@code switchboard.security.*}).
 *
 * <p>In production the tokens come from a real identity provider (Microsoft Entra ID, or any OpenID provider):
 * {@code issuer} and {@code jwk-set-uri} name it, and every token must carry one of {@code audiences}. In the
 * embedded default the {@link LocalIssuer} is on instead: it signs tokens with a key kept in the data directory and
 * Switchboard accepts exactly those.
 *
 * @param issuer      the {@code iss} every token must carry (production)
 * @param jwkSetUri   where the issuer publishes its signing keys (production)
 * @param audiences   the {@code aud} values accepted: Switchboard's own application ID URI
 * @param localIssuer the embedded issuer for development and tests
 */
@ConfigurationProperties("switchboard.security")
public record TokenProperties(
        String issuer,
        URI jwkSetUri,
        @DefaultValue("api://switchboard") List<String> audiences,
        @DefaultValue LocalIssuerProperties localIssuer) {

    /**
     * @param enabled          whether the local issuer signs tokens and Switchboard accepts them (and only them)
     * @param issuer           the {@code iss} of its tokens
     * @param tokenLifetime    how long a minted token lives unless the request asks for less
     * @param maxTokenLifetime the longest lifetime a request may ask for
     */
    public record LocalIssuerProperties(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("urn:switchboard:local-issuer") String issuer,
            @DefaultValue("PT1H") Duration tokenLifetime,
            @DefaultValue("PT24H") Duration maxTokenLifetime) {
    }
}
