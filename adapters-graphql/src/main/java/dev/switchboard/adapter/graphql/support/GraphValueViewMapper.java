package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
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

import org.mapstruct.Mapper;

/**
 * The values several aggregates share, as views. Enum members and small values whose shape already is Graph's
 * ({@code ResultInfo}, {@code ChatInfo}, {@code MediaStream}, …) go out as the domain's own objects: the schema's enum
 * wiring spells the members, and nothing needs reshaping. Keys become their strings.
 */
@Mapper(config = GraphQlMapperConfig.class)
public interface GraphValueViewMapper {

    IdentitySetView identitySet(IdentitySet set);

    ParticipantInfoView participantInfo(ParticipantInfo info);

    InvitationParticipantInfoView invitee(InvitationParticipantInfo invitee);

    /** Each identity kind's own properties go into the one {@code Identity} shape. */
    default IdentityView identity(Identity identity) {
        if (identity == null) {
            return null;
        }
        String id = identity.id();
        String name = identity.displayName();
        if (identity instanceof CommunicationsUserIdentity user) {
            return new IdentityView(IdentityKind.COMMUNICATIONS_USER, id, name, user.tenantId(), null, null, null, null);
        }
        if (identity instanceof CommunicationsApplicationIdentity app) {
            return new IdentityView(IdentityKind.COMMUNICATIONS_APPLICATION, id, name, null, app.applicationType(),
                    app.hidden(), null, null);
        }
        if (identity instanceof CommunicationsApplicationInstanceIdentity instance) {
            return new IdentityView(IdentityKind.COMMUNICATIONS_APPLICATION_INSTANCE, id, name, instance.tenantId(),
                    null, instance.hidden(), null, null);
        }
        if (identity instanceof CommunicationsGuestIdentity guest) {
            return new IdentityView(IdentityKind.COMMUNICATIONS_GUEST, id, name, null, null, null, guest.email(), null);
        }
        if (identity instanceof CommunicationsPhoneIdentity) {
            return new IdentityView(IdentityKind.COMMUNICATIONS_PHONE, id, name, null, null, null, null, null);
        }
        if (identity instanceof CommunicationsEncryptedIdentity) {
            return new IdentityView(IdentityKind.COMMUNICATIONS_ENCRYPTED, id, name, null, null, null, null, null);
        }
        if (identity instanceof CallRecordUserIdentity user) {
            return new IdentityView(IdentityKind.CALL_RECORDS_USER, id, name, null, null, null, null,
                    user.userPrincipalName());
        }
        if (identity instanceof PlainIdentity) {
            return new IdentityView(IdentityKind.IDENTITY, id, name, null, null, null, null, null);
        }
        throw new IllegalArgumentException("an identity kind the GraphQL schema does not know: " + identity.getClass());
    }

    default String id(CallId id) {
        return id == null ? null : id.value();
    }

    default String id(ParticipantId id) {
        return id == null ? null : id.value();
    }

    default String id(OperationId id) {
        return id == null ? null : id.value();
    }

    default String id(CallRecordId id) {
        return id == null ? null : id.value();
    }

    default String id(TenantId id) {
        return id == null ? null : id.value();
    }
}
