package dev.switchboard.adapter.rest.support;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import tools.jackson.databind.JsonNode;

/**
 * Graph's {@code identity} and its subtypes on the wire. All are open types: properties the model does not name
 * are echoed from {@code dynamic}. Empty slots are left out rather than written as {@code null}.
 */
public sealed interface IdentityJson
        permits IdentityJson.Plain, IdentityJson.CommunicationsUser, IdentityJson.CommunicationsApplication,
                IdentityJson.CommunicationsApplicationInstance, IdentityJson.CommunicationsGuest,
                IdentityJson.CommunicationsPhone, IdentityJson.CommunicationsEncrypted, IdentityJson.CallRecordUser {

    @JsonInclude(Include.NON_NULL)
    record Plain(String id, String displayName,
                 @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CommunicationsUser(String id, String displayName, String tenantId,
                              @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CommunicationsApplication(String id, String displayName, String applicationType, Boolean hidden,
                                     @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CommunicationsApplicationInstance(String id, String displayName, Boolean hidden, String tenantId,
                                             @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CommunicationsGuest(String id, String displayName, String email,
                               @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CommunicationsPhone(String id, String displayName,
                               @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CommunicationsEncrypted(String id, String displayName,
                                   @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }

    @JsonInclude(Include.NON_NULL)
    record CallRecordUser(String id, String displayName, String userPrincipalName,
                          @JsonAnyGetter Map<String, JsonNode> dynamic)
            implements IdentityJson {
    }
}
