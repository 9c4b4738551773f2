package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.productFamily}. {@code azureCommunicationServices} comes after {@code unknownFutureValue}: an evolvable member. */
public enum ProductFamily implements GraphEnum {
    UNKNOWN("unknown"),
    TEAMS("teams"),
    SKYPE_FOR_BUSINESS("skypeForBusiness"),
    LYNC("lync"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue"),
    AZURE_COMMUNICATION_SERVICES("azureCommunicationServices");

    private final String graphName;

    ProductFamily(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
