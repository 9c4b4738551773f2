package dev.switchboard.application.port.in.access;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ForbiddenException;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, as a validated token says: the tenant every read and write is scoped to ({@code tid}), the
 * application acting in it ({@code appid} or {@code azp}) and the application roles it was granted ({@code roles}).
 * Driving adapters build one per request from the authenticated principal; the core never sees a token.
 */
public record Caller(TenantId tenantId, String applicationId, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(applicationId, "applicationId");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean holds(Permission permission) {
        return permission.isGrantedByAnyOf(roles);
    }

    /**
     * Refuses with {@code 403} unless the caller holds {@code permission}. The message names the roles that would
     * grant it, so a developer knows what to add to the app registration.
     */
    public void require(Permission permission) {
        if (!holds(permission)) {
            throw new ForbiddenException("This request needs the application role "
                    + permission.grantedBy().stream().map(Role::graphName).collect(Collectors.joining(" or "))
                    + "; " + (roles.isEmpty()
                    ? "the token carries no application roles (delegated, user tokens are not supported)."
                    : "the token carries " + roles.stream().map(Role::graphName).sorted()
                            .collect(Collectors.joining(", ")) + "."));
        }
    }
}
