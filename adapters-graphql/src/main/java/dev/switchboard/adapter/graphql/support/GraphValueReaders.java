package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.identity.CallRecordUserIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationInstanceIdentity;
import dev.switchboard.domain.identity.CommunicationsEncryptedIdentity;
import dev.switchboard.domain.identity.CommunicationsGuestIdentity;
import dev.switchboard.domain.identity.CommunicationsPhoneIdentity;
import dev.switchboard.domain.identity.CommunicationsUserIdentity;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.util.EnumSet;
import java.util.Set;

import static dev.switchboard.domain.error.Violations.join;

/**
 * Readers of the input values several mutations share: identities, participant infos, invitees, result infos. Each
 * reads its input at a path, adds what is wrong to the violations, and answers {@code null} when it cannot build the
 * value. GraphQL has already checked types, required fields and enum members; these apply the domain's rules.
 */
public final class GraphValueReaders {

    private GraphValueReaders() {
    }

    /** An identity of its kind; a property its kind does not have is refused, naming the kinds that have it. */
    public static Identity identity(IdentityInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        IdentityKind kind = input.kind() == null ? IdentityKind.IDENTITY : input.kind();
        only(own, join(path, "tenantId"), input.tenantId(), kind,
                EnumSet.of(IdentityKind.COMMUNICATIONS_USER, IdentityKind.COMMUNICATIONS_APPLICATION_INSTANCE));
        only(own, join(path, "applicationType"), input.applicationType(), kind,
                EnumSet.of(IdentityKind.COMMUNICATIONS_APPLICATION));
        only(own, join(path, "hidden"), input.hidden(), kind,
                EnumSet.of(IdentityKind.COMMUNICATIONS_APPLICATION, IdentityKind.COMMUNICATIONS_APPLICATION_INSTANCE));
        only(own, join(path, "email"), input.email(), kind, EnumSet.of(IdentityKind.COMMUNICATIONS_GUEST));
        only(own, join(path, "userPrincipalName"), input.userPrincipalName(), kind,
                EnumSet.of(IdentityKind.CALL_RECORDS_USER));
        String id = input.id();
        String name = input.displayName();
        DynamicProperties none = DynamicProperties.none();
        return Inputs.build(violations, own, path, () -> switch (kind) {
            case IDENTITY -> new PlainIdentity(id, name, none);
            case COMMUNICATIONS_USER -> new CommunicationsUserIdentity(id, name, input.tenantId(), none);
            case COMMUNICATIONS_APPLICATION ->
                    new CommunicationsApplicationIdentity(id, name, input.applicationType(), input.hidden(), none);
            case COMMUNICATIONS_APPLICATION_INSTANCE ->
                    new CommunicationsApplicationInstanceIdentity(id, name, input.hidden(), input.tenantId(), none);
            case COMMUNICATIONS_GUEST -> new CommunicationsGuestIdentity(id, name, input.email(), none);
            case COMMUNICATIONS_PHONE -> new CommunicationsPhoneIdentity(id, name, none);
            case COMMUNICATIONS_ENCRYPTED -> new CommunicationsEncryptedIdentity(id, name, none);
            case CALL_RECORDS_USER -> new CallRecordUserIdentity(id, name, input.userPrincipalName(), none);
        });
    }

    /** An identity set; without a kind, the domain chooses it from the slots that are used. */
    public static IdentitySet identitySet(IdentitySetInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        Identity user = identity(input.user(), join(path, "user"), own);
        Identity application = identity(input.application(), join(path, "application"), own);
        Identity device = identity(input.device(), join(path, "device"), own);
        Identity applicationInstance = identity(input.applicationInstance(), join(path, "applicationInstance"), own);
        Identity assertedIdentity = identity(input.assertedIdentity(), join(path, "assertedIdentity"), own);
        Identity acsUser = identity(input.azureCommunicationServicesUser(),
                join(path, "azureCommunicationServicesUser"), own);
        Identity encrypted = identity(input.encrypted(), join(path, "encrypted"), own);
        Identity guest = identity(input.guest(), join(path, "guest"), own);
        Identity onPremises = identity(input.onPremises(), join(path, "onPremises"), own);
        Identity phone = identity(input.phone(), join(path, "phone"), own);
        return Inputs.build(violations, own, path, () -> new IdentitySet(input.kind(), user, application, device,
                applicationInstance, assertedIdentity, acsUser, encrypted, input.endpointType(), guest, onPremises,
                phone, DynamicProperties.none()));
    }

    public static ParticipantInfo participantInfo(ParticipantInfoInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        IdentitySet identity = identitySet(input.identity(), join(path, "identity"), own);
        return Inputs.build(violations, own, path, () -> new ParticipantInfo(identity, input.endpointType(),
                input.region(), input.languageId(), input.countryCode(), input.participantId()));
    }

    public static InvitationParticipantInfo invitee(InvitationParticipantInfoInput input, String path,
                                                    Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        IdentitySet identity = identitySet(input.identity(), join(path, "identity"), own);
        return Inputs.build(violations, own, path, () -> new InvitationParticipantInfo(identity,
                input.replacesCallId(), input.hidden(), input.participantId(),
                input.removeFromDefaultAudioRoutingGroup(), input.endpointType(), DynamicProperties.none()));
    }

    public static ResultInfo resultInfo(ResultInfoInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        return Inputs.build(violations, new Violations(), path,
                () -> new ResultInfo(input.code(), input.subcode(), input.message()));
    }

    private static void only(Violations violations, String path, Object value, IdentityKind kind,
                             Set<IdentityKind> kindsWithIt) {
        if (value != null && !kindsWithIt.contains(kind)) {
            violations.add(path, "is not a property of a " + kind.graphName() + "; it belongs to "
                    + String.join(" and ", kindsWithIt.stream().map(IdentityKind::graphName).toList()));
        }
    }
}
