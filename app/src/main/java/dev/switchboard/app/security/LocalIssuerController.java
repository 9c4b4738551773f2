package dev.switchboard.app.security;

import dev.switchboard.application.port.in.access.Role;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.Violations;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * The local issuer's endpoints, served only while it is on (the embedded default, never the production profile):
 * {@code POST /dev/token} mints a token for a tenant, an application and a list of roles; the JWK set and a minimal
 * OpenID configuration let any client verify what it minted.
 *
 * <pre>{@code curl -s -X POST localhost:8080/dev/token -H 'Content-Type: application/json' \
 *      -d '{"tenantId":"…","applicationId":"…","roles":["Calls.Initiate.All"],"expiresInSeconds":600}'}</pre>
 * Every field may be left out: the default tenant and application, every role, the configured lifetime.
 */
@RestController
@ConditionalOnProperty(name = "switchboard.security.local-issuer.enabled", havingValue = "true")
class LocalIssuerController {

    static final String TOKEN_PATH = "/dev/token";
    static final String JWKS_PATH = "/.well-known/jwks.json";
    static final String CONFIGURATION_PATH = "/.well-known/openid-configuration";

    static final String DEFAULT_TENANT = "00000000-0000-0000-0000-000000000001";
    static final String DEFAULT_APPLICATION = "00000000-0000-0000-0000-000000000002";

    private final LocalIssuer issuer;
    private final TokenProperties properties;
    private final Clock clock = Clock.systemUTC();

    LocalIssuerController(LocalIssuer issuer, TokenProperties properties) {
        this.issuer = issuer;
        this.properties = properties;
    }

    /** What a developer asks for; every field is optional. */
    record TokenRequest(String tenantId, String applicationId, List<String> roles, Long expiresInSeconds) {
    }

    @PostMapping(TOKEN_PATH)
    Mono<Map<String, Object>> token(@RequestBody(required = false) Mono<TokenRequest> body) {
        return body.defaultIfEmpty(new TokenRequest(null, null, null, null)).map(request -> {
            TokenGrant grant = grantFor(request);
            String token = issuer.sign(LocalIssuer.appOnlyClaims(grant, properties.audiences().get(0), clock.instant()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("token_type", "Bearer");
            answer.put("expires_in", grant.lifetime().toSeconds());
            answer.put("access_token", token);
            return answer;
        });
    }

    @GetMapping(JWKS_PATH)
    Map<String, Object> jwks() {
        return issuer.jwkSet();
    }

    @GetMapping(CONFIGURATION_PATH)
    Map<String, Object> configuration(ServerHttpRequest request) {
        String base = UriComponentsBuilder.fromUri(request.getURI()).replacePath(null).replaceQuery(null)
                .toUriString();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer.issuer());
        configuration.put("jwks_uri", base + JWKS_PATH);
        configuration.put("token_endpoint", base + TOKEN_PATH);
        configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return configuration;
    }

    private TokenGrant grantFor(TokenRequest request) {
        Violations violations = new Violations();
        String tenant = request.tenantId() == null ? DEFAULT_TENANT : request.tenantId().trim();
        violations.collect("tenantId", () -> TenantId.of(tenant));
        String application = request.applicationId() == null ? DEFAULT_APPLICATION : request.applicationId().trim();
        violations.require(!application.isEmpty() && application.length() <= 256, "applicationId",
                "must be 1 to 256 characters");
        List<String> roles = new ArrayList<>();
        if (request.roles() == null) {
            Arrays.stream(Role.values()).map(Role::graphName).forEach(roles::add);
        } else {
            for (int i = 0; i < request.roles().size(); i++) {
                String name = request.roles().get(i);
                int index = i;
                Role.named(name).ifPresentOrElse(role -> roles.add(role.graphName()), () -> violations.add(
                        "roles[" + index + "]", "'" + name + "' is not one of " + Arrays.stream(Role.values())
                                .map(Role::graphName).collect(Collectors.joining(", "))));
            }
        }
        Duration max = properties.localIssuer().maxTokenLifetime();
        Duration lifetime = request.expiresInSeconds() == null ? properties.localIssuer().tokenLifetime()
                : Duration.ofSeconds(request.expiresInSeconds());
        violations.require(!lifetime.isNegative() && !lifetime.isZero() && lifetime.compareTo(max) <= 0,
                "expiresInSeconds", "must be between 1 and " + max.toSeconds());
        violations.throwIfAny();
        return new TokenGrant(tenant, application, roles, lifetime);
    }
}
