package dev.switchboard.app.security;

import dev.switchboard.adapter.graphql.support.BearerTokenAuthenticator;
import dev.switchboard.app.console.ConsoleConfiguration;
import dev.switchboard.domain.error.UnauthenticatedException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

import reactor.core.publisher.Mono;

/**
 * Who may call Switchboard: every request needs a valid bearer token (a JWT signed by the configured issuer, for
 * Switchboard's audience, naming a tenant and an application), except health, and, with the local issuer on, the
 * issuer's own endpoints, the documentation pages (GraphiQL, the OpenAPI document and Swagger UI) and the web console's
 * static files, which hold no data: the requests made from them need tokens like any other.
 *
 * <p>This chain authenticates only. What each endpoint needs ({@code roles}) is the driving adapters' business, from
 * one table beside the use cases ({@code Permission}), so REST and GraphQL refuse the same callers; and the tenant of
 * every read and write comes from the token's {@code tid}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(TokenProperties.class)
public class SecurityConfiguration {

    private static final String LOCAL_ISSUER = "switchboard.security.local-issuer.enabled";
    private static final String API_DOCS = "/v3/api-docs";

    @Bean
    SecurityWebFilterChain securityChain(ServerHttpSecurity http, ReactiveJwtDecoder tokens,
                                         TokenProperties properties,
                                         @Value("${spring.graphql.websocket.path:/graphql}") String webSocketPath) {
        GraphSecurityErrors errors = new GraphSecurityErrors();
        boolean localIssuer = properties.localIssuer().enabled();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // stateless: every request proves itself again, nothing is kept between requests
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                            // the token comes in connection_init (browsers cannot set handshake headers); a token
                            // the handshake does carry is still checked
                            .matchers(webSocketHandshake(webSocketPath)).permitAll();
                    if (localIssuer) {
                        exchanges.pathMatchers(HttpMethod.POST, LocalIssuerController.TOKEN_PATH).permitAll()
                                .pathMatchers(HttpMethod.GET, LocalIssuerController.JWKS_PATH,
                                        LocalIssuerController.CONFIGURATION_PATH, "/graphiql", "/graphiql/**")
                                .permitAll()
                                // the web console's static files: like GraphiQL they hold no data, and the console
                                // reads everything through /graphql with its user's token
                                .pathMatchers(HttpMethod.GET, ConsoleConfiguration.PATH,
                                        ConsoleConfiguration.PATH + "/**")
                                .permitAll()
                                // the developer's documentation pages: they describe the API, the same for every
                                // tenant (as Graph's own docs do) and hold no data; Swagger UI must read the document
                                // before anyone pastes a token into it. In production the document needs a token.
                                .pathMatchers(HttpMethod.GET, API_DOCS, API_DOCS + "/**", "/swagger-ui.html",
                                        "/swagger-ui/**", "/webjars/swagger-ui/**", "/webjars/graphiql/**",
                                        "/webjars/react/**", "/webjars/react-dom/**")
                                .permitAll();
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(tokens).jwtAuthenticationConverter(token ->
                                Mono.just(new CallerAuthentication(TokenClaims.callerOf(token), token))))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /** The firewall's refusals, in the envelope too (Spring Security hands this bean to its filter chain). */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler() {
        return new GraphSecurityErrors();
    }

    /**
     * Checks signature, lifetime (one minute of clock skew), issuer, audience, and that the token names a tenant and
     * an application. Keys come from the local issuer, or from the identity provider's JWK set (fetched and cached).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties properties, ObjectProvider<LocalIssuer> localIssuer) {
        LocalIssuer local = localIssuer.getIfAvailable();
        NimbusReactiveJwtDecoder decoder;
        String issuer;
        if (local != null) {
            decoder = NimbusReactiveJwtDecoder.withPublicKey(local.publicKey()).build();
            issuer = local.issuer();
        } else {
            if (isBlank(properties.issuer()) || properties.jwkSetUri() == null
                    || isBlank(properties.jwkSetUri().toString())) {
                throw new IllegalStateException("Switchboard needs to know which tokens to accept: set "
                        + "switchboard.security.issuer and switchboard.security.jwk-set-uri (SWITCHBOARD_JWT_ISSUER, "
                        + "SWITCHBOARD_JWT_JWK_SET_URI) to your identity provider's, or turn the local issuer on with "
                        + LOCAL_ISSUER + "=true for development.");
            }
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
            issuer = properties.issuer();
        }
        // Spring turns `iss` into a java.net.URL by default; for a URN issuer (the local one) that fails on every
        // request after a class-path search for a "urn" protocol handler. The issuer is compared as text anyway.
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuerClaim -> issuerClaim == null ? null : issuerClaim.toString())));
        List<String> audiences = properties.audiences();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.stream().anyMatch(audiences::contains)),
                TokenClaims.namesTenantAndApplication()));
        return decoder;
    }

    @Bean
    @ConditionalOnProperty(name = LOCAL_ISSUER, havingValue = "true")
    LocalIssuer localIssuer(TokenProperties properties, @Value("${switchboard.data-dir}") Path dataDirectory) {
        return LocalIssuer.inDirectory(dataDirectory, properties.localIssuer().issuer());
    }

    /** GraphQL over WebSocket: the token of {@code connection_init} goes through the same checks as a header's. */
    @Bean
    BearerTokenAuthenticator graphQlConnectionTokens(ReactiveJwtDecoder tokens) {
        return token -> tokens.decode(token)
                .map(TokenClaims::callerOf)
                .onErrorMap(JwtException.class, invalid ->
                        new UnauthenticatedException("Access token validation failure: " + invalid.getMessage()));
    }

    private static ServerWebExchangeMatcher webSocketHandshake(String path) {
        return exchange -> "websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade())
                && exchange.getRequest().getPath().pathWithinApplication().value().equals(path)
                ? MatchResult.match() : MatchResult.notMatch();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
