package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.IdentitySetKind;

/** The GraphQL type {@code IdentitySet}. */
public record IdentitySetView(
        IdentitySetKind kind,
        IdentityView user,
        IdentityView application,
        IdentityView device,
        IdentityView applicationInstance,
        IdentityView assertedIdentity,
        IdentityView azureCommunicationServicesUser,
        IdentityView encrypted,
        EndpointType endpointType,
        IdentityView guest,
        IdentityView onPremises,
        IdentityView phone) {
}
