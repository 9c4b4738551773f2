package dev.switchboard.domain.identity;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code endpointType}: what kind of endpoint a participant or identity set joins from. */
public enum EndpointType implements GraphEnum {
    DEFAULT("default"),
    VOICEMAIL("voicemail"),
    SKYPE_FOR_BUSINESS("skypeForBusiness"),
    SKYPE_FOR_BUSINESS_VOIP_PHONE("skypeForBusinessVoipPhone"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    EndpointType(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
