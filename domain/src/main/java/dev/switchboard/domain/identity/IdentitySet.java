package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.DynamicProperties;

import java.util.stream.Stream;

/**
 * Graph's {@code identitySet} and its subtype {@code communicationsIdentitySet} in one value: who is behind a
 * participant, an organizer, an initiator. Every slot may be empty.
 *
 * <p>{@link #kind()} says which of the two types the set is. A set that uses a slot only the communications
 * subtype has ({@code phone}, {@code guest}, …) is always a communications set, so that typed clients bind those
 * slots; a client may also ask for the subtype explicitly.
 */
public record IdentitySet(
        IdentitySetKind kind,
        Identity user,
        Identity application,
        Identity device,
        Identity applicationInstance,
        Identity assertedIdentity,
        Identity azureCommunicationServicesUser,
        Identity encrypted,
        EndpointType endpointType,
        Identity guest,
        Identity onPremises,
        Identity phone,
        DynamicProperties dynamic) {

    public IdentitySet {
        dynamic = dynamic == null ? DynamicProperties.none() : dynamic;
        boolean usesCommunicationsSlots = Stream.of(applicationInstance, assertedIdentity,
                        azureCommunicationServicesUser, encrypted, endpointType, guest, onPremises, phone)
                .anyMatch(slot -> slot != null);
        if (kind == null || usesCommunicationsSlots) {
            kind = usesCommunicationsSlots ? IdentitySetKind.COMMUNICATIONS : kind == null ? IdentitySetKind.PLAIN : kind;
        }
    }

    /** A plain set with only the three base slots. */
    public static IdentitySet of(Identity user, Identity application, Identity device) {
        return new IdentitySet(IdentitySetKind.PLAIN, user, application, device,
                null, null, null, null, null, null, null, null, DynamicProperties.none());
    }

    public static IdentitySet ofUser(Identity user) {
        return of(user, null, null);
    }

    public static IdentitySet ofApplication(Identity application) {
        return of(null, application, null);
    }

    /** Every identity in the set, base slots first. */
    public Stream<Identity> identities() {
        return Stream.of(user, application, device, applicationInstance, assertedIdentity,
                        azureCommunicationServicesUser, encrypted, guest, onPremises, phone)
                .filter(identity -> identity != null);
    }

    /** The id that best names the set's holder: the user's, else the application's, else any identity's. */
    public String principalId() {
        return identities().map(Identity::id).filter(id -> id != null).findFirst().orElse(null);
    }
}
