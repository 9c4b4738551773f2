package dev.switchboard.adapter.rest.support;

import dev.switchboard.adapter.rest.odata.WireContext;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.GraphEnum;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.identity.CallRecordUserIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
import dev.switchboard.domain.identity.CommunicationsApplicationInstanceIdentity;
import dev.switchboard.domain.identity.CommunicationsEncryptedIdentity;
import dev.switchboard.domain.identity.CommunicationsGuestIdentity;
import dev.switchboard.domain.identity.CommunicationsPhoneIdentity;
import dev.switchboard.domain.identity.CommunicationsUserIdentity;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.IdentitySetKind;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.ParticipantInfo;

import java.time.Instant;
import java.util.Map;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.SubclassMapping;

import tools.jackson.databind.JsonNode;

/**
 * The values several aggregates share (identities, participant infos, result infos) and the scalar conversions
 * every mapper uses: enum members in the CSDL spelling of the request's API version, date-times in UTC with
 * {@code Z}, dynamic properties as JSON.
 */
@Mapper(config = RestMapperConfig.class)
public interface GraphValueJsonMapper {

    @SubclassMapping(source = PlainIdentity.class, target = IdentityJson.Plain.class)
    @SubclassMapping(source = CommunicationsUserIdentity.class, target = IdentityJson.CommunicationsUser.class)
    @SubclassMapping(source = CommunicationsApplicationIdentity.class, target = IdentityJson.CommunicationsApplication.class)
    @SubclassMapping(source = CommunicationsApplicationInstanceIdentity.class, target = IdentityJson.CommunicationsApplicationInstance.class)
    @SubclassMapping(source = CommunicationsGuestIdentity.class, target = IdentityJson.CommunicationsGuest.class)
    @SubclassMapping(source = CommunicationsPhoneIdentity.class, target = IdentityJson.CommunicationsPhone.class)
    @SubclassMapping(source = CommunicationsEncryptedIdentity.class, target = IdentityJson.CommunicationsEncrypted.class)
    @SubclassMapping(source = CallRecordUserIdentity.class, target = IdentityJson.CallRecordUser.class)
    IdentityJson identity(Identity identity, @Context WireContext wire);

    @Mapping(target = "communications", source = "kind")
    IdentitySetJson identitySet(IdentitySet set, @Context WireContext wire);

    ParticipantInfoJson participantInfo(ParticipantInfo info, @Context WireContext wire);

    /** {@code endpointType} on an invitee is a beta property: v1.0 leaves it out. */
    @Mapping(target = "endpointType", expression = "java(wire.isBeta() ? wire.name(invitee.endpointType()) : null)")
    InvitationParticipantInfoJson invitee(InvitationParticipantInfo invitee, @Context WireContext wire);

    ResultInfoJson resultInfo(ResultInfo resultInfo);

    default String member(GraphEnum member, @Context WireContext wire) {
        return wire.name(member);
    }

    default String dateTime(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    default Map<String, JsonNode> dynamic(DynamicProperties properties) {
        return DynamicJson.toJson(properties);
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

    default boolean communications(IdentitySetKind kind) {
        return kind == IdentitySetKind.COMMUNICATIONS;
    }
}
