package dev.switchboard.domain.testing;

import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.IdentitySetKind;

/** Builds {@link IdentitySet}s without its thirteen-slot constructor; every slot starts empty. */
public final class IdentitySetBuilder {

    private IdentitySetKind kind;
    private Identity user;
    private Identity application;
    private Identity device;
    private Identity applicationInstance;
    private EndpointType endpointType;
    private Identity guest;
    private Identity phone;

    private IdentitySetBuilder() {
    }

    public static IdentitySetBuilder anIdentitySet() {
        return new IdentitySetBuilder();
    }

    public IdentitySetBuilder ofKind(IdentitySetKind value) {
        kind = value;
        return this;
    }

    public IdentitySetBuilder withUser(Identity value) {
        user = value;
        return this;
    }

    public IdentitySetBuilder withApplication(Identity value) {
        application = value;
        return this;
    }

    public IdentitySetBuilder withDevice(Identity value) {
        device = value;
        return this;
    }

    public IdentitySetBuilder withApplicationInstance(Identity value) {
        applicationInstance = value;
        return this;
    }


    public IdentitySetBuilder withEndpointType(EndpointType value) {
        endpointType = value;
        return this;
    }

    public IdentitySetBuilder withGuest(Identity value) {
        guest = value;
        return this;
    }

    public IdentitySetBuilder withPhone(Identity value) {
        phone = value;
        return this;
    }


    public IdentitySet build() {
        return new IdentitySet(kind, user, application, device, applicationInstance, null, null, null,
                endpointType, guest, null, phone, null);
    }
}
