package dev.switchboard.app.security;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Role;
import dev.switchboard.domain.common.TenantId;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * How a token's claims name the caller, as Microsoft Entra ID writes them: the tenant in {@code tid}, the
 * application in {@code appid} (v1 tokens) or {@code azp} (v2), the application roles in {@code roles}. Role names
 * are compared case-insensitively; names Switchboard does not know grant nothing. A delegated (user) token carries
 * {@code scp} and no {@code roles}: it authenticates, and every endpoint then refuses it with {@code 403}.
 */
final class TokenClaims {

    private TokenClaims() {
    }

    static Caller callerOf(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional.ofNullable(token.getClaimAsStringList("roles")).orElse(List.of())
                .forEach(name -> Role.named(name).ifPresent(roles::add));
        return new Caller(TenantId.of(token.getClaimAsString("tid")), applicationOf(token).orElseThrow(), roles);
    }

    /** Refuses (as an invalid token, {@code 401}) a token that names no tenant or no application. */
    static OAuth2TokenValidator<Jwt> namesTenantAndApplication() {
        return token -> {
            String tenant = token.getClaimAsString("tid");
            if (tenant == null || !isTenantId(tenant)) {
                return invalid("The token names no valid tenant (tid claim).");
            }
            if (applicationOf(token).isEmpty()) {
                return invalid("The token names no application (appid or azp claim).");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    private static Optional<String> applicationOf(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString("appid"))
                .or(() -> Optional.ofNullable(token.getClaimAsString("azp")))
                .map(String::trim)
                .filter(id -> !id.isEmpty() && id.length() <= 256);
    }

    private static boolean isTenantId(String value) {
        try {
            TenantId.of(value);
            return true;
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
