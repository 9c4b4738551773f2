package dev.switchboard.app;

import dev.switchboard.app.security.LocalIssuer;
import dev.switchboard.app.security.TokenGrant;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Role;

import com.nimbusds.jwt.JWTClaimsSet;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;

import reactor.core.publisher.Mono;

/**
 * Tokens for the end-to-end tests, signed by the running application's own {@link LocalIssuer} exactly as
 * {@code POST /dev/token} signs them, or bent on purpose (expired, for another audience, delegated) to be refused.
 */
public final class TestTokens {

    /** The tenant and application the tests act as unless they say otherwise. */
    public static final String TENANT = "00000000-0000-0000-0000-000000000001";
    public static final String APPLICATION = "00000000-0000-0000-0000-000000000002";

    /** Switchboard's audience in the embedded default. */
    public static final String AUDIENCE = "api://switchboard";

    private final LocalIssuer issuer;

    public TestTokens(LocalIssuer issuer) {
        this.issuer = issuer;
    }

    /** A valid app-only token for the default tenant and application with every role. */
    public String allRoles() {
        return forTenant(TENANT, Role.values());
    }

    public String forTenant(String tenant, Role... roles) {
        return of(tenant, APPLICATION, Arrays.asList(roles));
    }

    /** The default tenant and application with exactly {@code roles}. */
    public String withRoles(Collection<Role> roles) {
        return of(TENANT, APPLICATION, roles);
    }

    /** Every role but those that grant {@code permission}: a token that is valid and still not enough. */
    public String withoutRolesFor(Permission permission) {
        Set<Role> roles = EnumSet.allOf(Role.class);
        roles.removeAll(permission.grantedBy());
        return withRoles(roles);
    }

    public String of(String tenant, String application, Collection<Role> roles) {
        return bent(tenant, application, roles, claims -> claims);
    }

    /**
     * A token for the default tenant and application with every role, its claims changed by {@code change} before it
     * is signed.
     */
    public String bent(UnaryOperator<JWTClaimsSet.Builder> change) {
        return bent(TENANT, APPLICATION, List.of(Role.values()), change);
    }

    public String expired() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(2));
        return issuer.sign(LocalIssuer.appOnlyClaims(grant(TENANT, APPLICATION, List.of(Role.values())), AUDIENCE,
                anHourAgo));
    }

    /** Sends {@code token} as graphql-ws clients do: in the {@code connection_init} payload of the WebSocket. */
    public static WebSocketGraphQlClientInterceptor inConnectionInit(String token) {
        return new WebSocketGraphQlClientInterceptor() {
            @Override
            public Mono<Object> connectionInitPayload() {
                return Mono.just(Map.of("Authorization", "Bearer " + token));
            }
        };
    }

    private String bent(String tenant, String application, Collection<Role> roles,
                        UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet claims = LocalIssuer.appOnlyClaims(grant(tenant, application, roles), AUDIENCE, Instant.now());
        return issuer.sign(change.apply(new JWTClaimsSet.Builder(claims)).build());
    }

    private static TokenGrant grant(String tenant, String application, Collection<Role> roles) {
        return new TokenGrant(tenant, application, roles.stream().map(Role::graphName).toList(), Duration.ofHours(1));
    }
}
