package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.identity.CallRecordUserIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationInstanceIdentity;
import dev.switchboard.domain.identity.CommunicationsEncryptedIdentity;
import dev.switchboard.domain.identity.CommunicationsGuestIdentity;
import dev.switchboard.domain.identity.CommunicationsPhoneIdentity;
import dev.switchboard.domain.identity.CommunicationsUserIdentity;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.IdentitySetKind;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.util.Set;

/** Readers of the values several request bodies share: identities, participant infos, invitees, result infos. */
public final class GraphValueReaders {

    private static final String IDENTITY = "microsoft.graph.identity";
    private static final String USER = "microsoft.graph.communicationsUserIdentity";
    private static final String APPLICATION = "microsoft.graph.communicationsApplicationIdentity";
    private static final String APPLICATION_INSTANCE = "microsoft.graph.communicationsApplicationInstanceIdentity";
    private static final String GUEST = "microsoft.graph.communicationsGuestIdentity";
    private static final String PHONE = "microsoft.graph.communicationsPhoneIdentity";
    private static final String ENCRYPTED = "microsoft.graph.communicationsEncryptedIdentity";
    private static final String RECORD_USER = "microsoft.graph.callRecords.userIdentity";

    private static final String IDENTITY_SET = "microsoft.graph.identitySet";
    private static final String COMMUNICATIONS_IDENTITY_SET = "microsoft.graph.communicationsIdentitySet";
    /** The seeds link a callRecords identitySet that no current metadata has; it reads as the plain one. */
    private static final String RECORD_IDENTITY_SET = "microsoft.graph.callRecords.identitySet";

    private static final Set<String> IDENTITY_SET_SLOTS = Set.of("user", "application", "device",
            "applicationInstance", "assertedIdentity", "azureCommunicationServicesUser", "encrypted", "endpointType",
            "guest", "onPremises", "phone");
    private static final Set<String> INVITEE_PROPERTIES = Set.of("identity", "replacesCallId", "hidden",
            "participantId", "removeFromDefaultAudioRoutingGroup", "endpointType");

    private GraphValueReaders() {
    }

    /** An {@code identity}, of the subtype its {@code @odata.type} names (the base type when it names none). */
    public static Identity identity(JsonObject json) {
        String type = json.type(IDENTITY, USER, APPLICATION, APPLICATION_INSTANCE, GUEST, PHONE, ENCRYPTED, RECORD_USER);
        String id = json.string("id");
        String displayName = json.string("displayName");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case USER -> {
                String tenantId = json.string("tenantId");
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName", "tenantId"));
                yield json.valid(() -> new CommunicationsUserIdentity(id, displayName, tenantId, dynamic));
            }
            case APPLICATION -> {
                String applicationType = json.string("applicationType");
                Boolean hidden = json.bool("hidden");
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName", "applicationType", "hidden"));
                yield json.valid(() -> new CommunicationsApplicationIdentity(id, displayName, applicationType, hidden, dynamic));
            }
            case APPLICATION_INSTANCE -> {
                Boolean hidden = json.bool("hidden");
                String tenantId = json.string("tenantId");
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName", "hidden", "tenantId"));
                yield json.valid(() -> new CommunicationsApplicationInstanceIdentity(id, displayName, hidden, tenantId, dynamic));
            }
            case GUEST -> {
                String email = json.string("email");
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName", "email"));
                yield json.valid(() -> new CommunicationsGuestIdentity(id, displayName, email, dynamic));
            }
            case PHONE -> {
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName"));
                yield json.valid(() -> new CommunicationsPhoneIdentity(id, displayName, dynamic));
            }
            case ENCRYPTED -> {
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName"));
                yield json.valid(() -> new CommunicationsEncryptedIdentity(id, displayName, dynamic));
            }
            case RECORD_USER -> {
                String userPrincipalName = json.string("userPrincipalName");
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName", "userPrincipalName"));
                yield json.valid(() -> new CallRecordUserIdentity(id, displayName, userPrincipalName, dynamic));
            }
            default -> {
                DynamicProperties dynamic = json.dynamic(Set.of("id", "displayName"));
                yield json.valid(() -> new PlainIdentity(id, displayName, dynamic));
            }
        };
    }

    /** An {@code identitySet} or {@code communicationsIdentitySet}; other properties are kept (it is open). */
    public static IdentitySet identitySet(JsonObject json) {
        String type = json.type(IDENTITY_SET, COMMUNICATIONS_IDENTITY_SET, RECORD_IDENTITY_SET);
        Identity user = json.object("user", GraphValueReaders::identity);
        Identity application = json.object("application", GraphValueReaders::identity);
        Identity device = json.object("device", GraphValueReaders::identity);
        Identity applicationInstance = json.object("applicationInstance", GraphValueReaders::identity);
        Identity assertedIdentity = json.object("assertedIdentity", GraphValueReaders::identity);
        Identity azureCommunicationServicesUser = json.object("azureCommunicationServicesUser", GraphValueReaders::identity);
        Identity encrypted = json.object("encrypted", GraphValueReaders::identity);
        EndpointType endpointType = json.member("endpointType", EndpointType.class);
        Identity guest = json.object("guest", GraphValueReaders::identity);
        Identity onPremises = json.object("onPremises", GraphValueReaders::identity);
        Identity phone = json.object("phone", GraphValueReaders::identity);
        DynamicProperties dynamic = json.dynamic(IDENTITY_SET_SLOTS);
        IdentitySetKind kind = COMMUNICATIONS_IDENTITY_SET.equals(type) ? IdentitySetKind.COMMUNICATIONS : IdentitySetKind.PLAIN;
        return json.valid(() -> new IdentitySet(kind, user, application, device, applicationInstance,
                assertedIdentity, azureCommunicationServicesUser, encrypted, endpointType, guest, onPremises, phone,
                dynamic));
    }

    /** A {@code participantInfo} (a closed type: unknown properties are ignored). */
    public static ParticipantInfo participantInfo(JsonObject json) {
        json.type("microsoft.graph.participantInfo");
        IdentitySet identity = json.object("identity", GraphValueReaders::identitySet);
        EndpointType endpointType = json.member("endpointType", EndpointType.class);
        String region = json.string("region");
        String languageId = json.string("languageId");
        String countryCode = json.string("countryCode");
        String participantId = json.string("participantId");
        return json.valid(() -> new ParticipantInfo(identity, endpointType, region, languageId, countryCode, participantId));
    }

    /** An {@code invitationParticipantInfo}; being open, it keeps what it does not name (the seeds send a region). */
    public static InvitationParticipantInfo invitee(JsonObject json) {
        json.type("microsoft.graph.invitationParticipantInfo");
        IdentitySet identity = json.object("identity", GraphValueReaders::identitySet);
        String replacesCallId = json.string("replacesCallId");
        Boolean hidden = json.bool("hidden");
        String participantId = json.string("participantId");
        Boolean removeFromDefaultAudioRoutingGroup = json.bool("removeFromDefaultAudioRoutingGroup");
        EndpointType endpointType = json.member("endpointType", EndpointType.class);
        DynamicProperties dynamic = json.dynamic(INVITEE_PROPERTIES);
        json.require("identity");
        return json.valid(() -> new InvitationParticipantInfo(identity, replacesCallId, hidden, participantId,
                removeFromDefaultAudioRoutingGroup, endpointType, dynamic));
    }

    /** A {@code resultInfo}: {@code code} and {@code subcode} are required numbers (numeric strings accepted). */
    public static ResultInfo resultInfo(JsonObject json) {
        json.type("microsoft.graph.resultInfo");
        Integer code = json.int32("code");
        Integer subcode = json.int32("subcode");
        String message = json.string("message");
        json.require("code");
        json.require("subcode");
        return json.valid(() -> new ResultInfo(code, subcode, message));
    }
}
