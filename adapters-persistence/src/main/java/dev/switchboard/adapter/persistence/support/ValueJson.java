package dev.switchboard.adapter.persistence.support;

import static dev.switchboard.adapter.persistence.support.Json.bool;
import static dev.switchboard.adapter.persistence.support.Json.graphEnum;
import static dev.switchboard.adapter.persistence.support.Json.nested;
import static dev.switchboard.adapter.persistence.support.Json.put;
import static dev.switchboard.adapter.persistence.support.Json.text;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON for the open, nested values that several aggregates share: identities and identity sets, participant and
 * invitation infos, and the dynamic properties of Graph's open types. Property names follow Graph; a polymorphic
 * value names its type in {@code @type}.
 */
public final class ValueJson {

    private static final String TYPE = "@type";
    private static final String DYNAMIC = "dynamic";

    private ValueJson() {
    }

    // --- dynamic properties: natural JSON, property order kept -------------------------------------------------

    public static ObjectNode dynamic(DynamicProperties properties) {
        ObjectNode node = Json.object();
        properties.values().forEach((name, value) -> node.set(name, dynamicValue(value)));
        return node;
    }

    public static DynamicProperties dynamic(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return DynamicProperties.none();
        }
        Map<String, DynamicValue> values = new LinkedHashMap<>();
        node.properties().forEach(property -> values.put(property.getKey(), dynamicValue(property.getValue())));
        return DynamicProperties.of(values);
    }

    static JsonNode dynamicValue(DynamicValue value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof DynamicValue.Text text) {
            return nodes.stringNode(text.value());
        }
        if (value instanceof DynamicValue.Number number) {
            return nodes.numberNode(number.value());
        }
        if (value instanceof DynamicValue.Bool bool) {
            return nodes.booleanNode(bool.value());
        }
        if (value instanceof DynamicValue.Array array) {
            ArrayNode items = Json.array();
            array.items().forEach(item -> items.add(dynamicValue(item)));
            return items;
        }
        if (value instanceof DynamicValue.Struct struct) {
            ObjectNode properties = Json.object();
            struct.properties().forEach((name, item) -> properties.set(name, dynamicValue(item)));
            return properties;
        }
        return nodes.nullNode();
    }

    static DynamicValue dynamicValue(JsonNode node) {
        if (node.isString()) {
            return new DynamicValue.Text(node.stringValue());
        }
        if (node.isNumber()) {
            return new DynamicValue.Number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new DynamicValue.Bool(node.booleanValue());
        }
        if (node.isArray()) {
            return new DynamicValue.Array(Json.listOf(node, ValueJson::dynamicValue));
        }
        if (node.isObject()) {
            Map<String, DynamicValue> properties = new LinkedHashMap<>();
            node.properties().forEach(property -> properties.put(property.getKey(), dynamicValue(property.getValue())));
            return new DynamicValue.Struct(properties);
        }
        return new DynamicValue.Null();
    }

    private static void putDynamic(ObjectNode node, DynamicProperties properties) {
        if (!properties.isEmpty()) {
            node.set(DYNAMIC, dynamic(properties));
        }
    }

    private static DynamicProperties dynamicOf(JsonNode node) {
        return dynamic(node.get(DYNAMIC));
    }

    // --- identities -------------------------------------------------------------------------------------------

    public static ObjectNode identity(Identity identity) {
        ObjectNode node = Json.object();
        put(node, "id", identity.id());
        put(node, "displayName", identity.displayName());
        if (identity instanceof PlainIdentity) {
            node.put(TYPE, "identity");
        } else if (identity instanceof CommunicationsUserIdentity user) {
            node.put(TYPE, "communicationsUserIdentity");
            put(node, "tenantId", user.tenantId());
        } else if (identity instanceof CommunicationsApplicationIdentity application) {
            node.put(TYPE, "communicationsApplicationIdentity");
            put(node, "applicationType", application.applicationType());
            put(node, "hidden", application.hidden());
        } else if (identity instanceof CommunicationsApplicationInstanceIdentity instance) {
            node.put(TYPE, "communicationsApplicationInstanceIdentity");
            put(node, "hidden", instance.hidden());
            put(node, "tenantId", instance.tenantId());
        } else if (identity instanceof CommunicationsGuestIdentity guest) {
            node.put(TYPE, "communicationsGuestIdentity");
            put(node, "email", guest.email());
        } else if (identity instanceof CommunicationsPhoneIdentity) {
            node.put(TYPE, "communicationsPhoneIdentity");
        } else if (identity instanceof CommunicationsEncryptedIdentity) {
            node.put(TYPE, "communicationsEncryptedIdentity");
        } else if (identity instanceof CallRecordUserIdentity user) {
            node.put(TYPE, "callRecords.userIdentity");
            put(node, "userPrincipalName", user.userPrincipalName());
        }
        putDynamic(node, identity.dynamic());
        return node;
    }

    public static Identity identity(JsonNode node) {
        String id = text(node, "id");
        String displayName = text(node, "displayName");
        DynamicProperties dynamic = dynamicOf(node);
        String type = text(node, TYPE);
        switch (type == null ? "" : type) {
            case "identity":
                return new PlainIdentity(id, displayName, dynamic);
            case "communicationsUserIdentity":
                return new CommunicationsUserIdentity(id, displayName, text(node, "tenantId"), dynamic);
            case "communicationsApplicationIdentity":
                return new CommunicationsApplicationIdentity(id, displayName, text(node, "applicationType"),
                        bool(node, "hidden"), dynamic);
            case "communicationsApplicationInstanceIdentity":
                return new CommunicationsApplicationInstanceIdentity(id, displayName, bool(node, "hidden"),
                        text(node, "tenantId"), dynamic);
            case "communicationsGuestIdentity":
                return new CommunicationsGuestIdentity(id, displayName, text(node, "email"), dynamic);
            case "communicationsPhoneIdentity":
                return new CommunicationsPhoneIdentity(id, displayName, dynamic);
            case "communicationsEncryptedIdentity":
                return new CommunicationsEncryptedIdentity(id, displayName, dynamic);
            case "callRecords.userIdentity":
                return new CallRecordUserIdentity(id, displayName, text(node, "userPrincipalName"), dynamic);
            default:
                throw new IllegalStateException("stored identity has an unknown type: " + type);
        }
    }

    public static ObjectNode identitySet(IdentitySet set) {
        ObjectNode node = Json.object();
        node.put("kind", set.kind() == IdentitySetKind.COMMUNICATIONS ? "communications" : "plain");
        putIdentity(node, "user", set.user());
        putIdentity(node, "application", set.application());
        putIdentity(node, "device", set.device());
        putIdentity(node, "applicationInstance", set.applicationInstance());
        putIdentity(node, "assertedIdentity", set.assertedIdentity());
        putIdentity(node, "azureCommunicationServicesUser", set.azureCommunicationServicesUser());
        putIdentity(node, "encrypted", set.encrypted());
        put(node, "endpointType", set.endpointType());
        putIdentity(node, "guest", set.guest());
        putIdentity(node, "onPremises", set.onPremises());
        putIdentity(node, "phone", set.phone());
        putDynamic(node, set.dynamic());
        return node;
    }

    public static IdentitySet identitySet(JsonNode node) {
        IdentitySetKind kind = "communications".equals(text(node, "kind")) ? IdentitySetKind.COMMUNICATIONS
                : IdentitySetKind.PLAIN;
        return new IdentitySet(kind,
                nested(node, "user", ValueJson::identity),
                nested(node, "application", ValueJson::identity),
                nested(node, "device", ValueJson::identity),
                nested(node, "applicationInstance", ValueJson::identity),
                nested(node, "assertedIdentity", ValueJson::identity),
                nested(node, "azureCommunicationServicesUser", ValueJson::identity),
                nested(node, "encrypted", ValueJson::identity),
                graphEnum(EndpointType.class, node, "endpointType"),
                nested(node, "guest", ValueJson::identity),
                nested(node, "onPremises", ValueJson::identity),
                nested(node, "phone", ValueJson::identity),
                dynamicOf(node));
    }

    private static void putIdentity(ObjectNode node, String property, Identity identity) {
        if (identity != null) {
            node.set(property, identity(identity));
        }
    }

    /** An identity set wherever one may be absent. */
    public static void putIdentitySet(ObjectNode node, String property, IdentitySet set) {
        if (set != null) {
            node.set(property, identitySet(set));
        }
    }

    // --- participant and invitation infos ---------------------------------------------------------------------

    public static ObjectNode participantInfo(ParticipantInfo info) {
        ObjectNode node = Json.object();
        putIdentitySet(node, "identity", info.identity());
        put(node, "endpointType", info.endpointType());
        put(node, "region", info.region());
        put(node, "languageId", info.languageId());
        put(node, "countryCode", info.countryCode());
        put(node, "participantId", info.participantId());
        return node;
    }

    public static ParticipantInfo participantInfo(JsonNode node) {
        return new ParticipantInfo(nested(node, "identity", ValueJson::identitySet),
                graphEnum(EndpointType.class, node, "endpointType"), text(node, "region"),
                text(node, "languageId"), text(node, "countryCode"), text(node, "participantId"));
    }

    public static ObjectNode invitation(InvitationParticipantInfo invitee) {
        ObjectNode node = Json.object();
        putIdentitySet(node, "identity", invitee.identity());
        put(node, "replacesCallId", invitee.replacesCallId());
        put(node, "hidden", invitee.hidden());
        put(node, "participantId", invitee.participantId());
        put(node, "removeFromDefaultAudioRoutingGroup", invitee.removeFromDefaultAudioRoutingGroup());
        put(node, "endpointType", invitee.endpointType());
        putDynamic(node, invitee.dynamic());
        return node;
    }

    public static InvitationParticipantInfo invitation(JsonNode node) {
        return new InvitationParticipantInfo(nested(node, "identity", ValueJson::identitySet),
                text(node, "replacesCallId"), bool(node, "hidden"), text(node, "participantId"),
                bool(node, "removeFromDefaultAudioRoutingGroup"), graphEnum(EndpointType.class, node, "endpointType"),
                dynamicOf(node));
    }
}
