package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.IdentitySetKind;

/** The GraphQL input {@code IdentitySetInput}. */
public record IdentitySetInput(
        IdentitySetKind kind,
        IdentityInput user,
        IdentityInput application,
        IdentityInput device,
        IdentityInput applicationInstance,
        IdentityInput assertedIdentity,
        IdentityInput azureCommunicationServicesUser,
        IdentityInput encrypted,
        EndpointType endpointType,
        IdentityInput guest,
        IdentityInput onPremises,
        IdentityInput phone) {
}
