package dev.switchboard.app.security;

import java.time.Duration;
import java.util.List;

/**
 * What a token minted by the {@link LocalIssuer} grants: an application acting in a tenant with some application
 * roles, for a while.
 *
 * @param roles the roles' names as Microsoft spells them
 */
public record TokenGrant(String tenantId, String applicationId, List<String> roles, Duration lifetime) {

    public TokenGrant {
        roles = List.copyOf(roles);
    }
}
