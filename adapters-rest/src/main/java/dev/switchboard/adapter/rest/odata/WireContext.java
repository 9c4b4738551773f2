package dev.switchboard.adapter.rest.odata;

import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.callrecord.ProductFamily;
import dev.switchboard.domain.common.GraphEnum;
import dev.switchboard.domain.participant.Modality;

/**
 * What the JSON written for one request depends on: the API version (beta has members and properties v1.0 lacks) and
 * whether the client asked for evolvable enum members ({@code Prefer: include-unknown-enum-members}). Mappers take it
 * as MapStruct {@code @Context}.
 */
public record WireContext(ApiVersion version, boolean includeUnknownEnumMembers) {

    public static WireContext of(ApiVersion version) {
        return new WireContext(version, false);
    }

    public boolean isBeta() {
        return version.isBeta();
    }

    /** Any member, spelled as the CSDL of this version spells it: members the version lacks become unknownFutureValue. */
    public String name(GraphEnum member) {
        if (member == null) {
            return null;
        }
        boolean missingOnThisVersion = !isBeta() && (member == CallState.RINGING || member == Modality.UNKNOWN);
        boolean evolvable = member == ProductFamily.AZURE_COMMUNICATION_SERVICES && !includeUnknownEnumMembers;
        return missingOnThisVersion || evolvable ? "unknownFutureValue" : member.graphName();
    }
}
