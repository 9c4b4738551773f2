package dev.switchboard.adapter.rest.support;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import tools.jackson.databind.JsonNode;

/**
 * Graph's {@code identitySet}, or its subtype {@code communicationsIdentitySet} when {@code communications} says
 * so (it decides the {@code @odata.type}, so that typed clients bind {@code phone}, {@code guest}, ...). Empty slots
 * are left out: a plain identitySet must never show the subtype's slots, not even as {@code null}.
 */
@JsonInclude(Include.NON_NULL)
public record IdentitySetJson(
        @JsonIgnore boolean communications,
        IdentityJson user,
        IdentityJson application,
        IdentityJson device,
        IdentityJson applicationInstance,
        IdentityJson assertedIdentity,
        IdentityJson azureCommunicationServicesUser,
        IdentityJson encrypted,
        String endpointType,
        IdentityJson guest,
        IdentityJson onPremises,
        IdentityJson phone,
        @JsonAnyGetter Map<String, JsonNode> dynamic) {
}
