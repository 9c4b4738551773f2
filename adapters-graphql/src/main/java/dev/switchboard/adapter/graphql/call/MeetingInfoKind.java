package dev.switchboard.adapter.graphql.call;

import dev.switchboard.domain.common.GraphEnum;

/** The GraphQL enum {@code MeetingInfoKind}: which of Graph's meeting infos a {@code MeetingInfo} is. */
public enum MeetingInfoKind implements GraphEnum {
    ORGANIZER("organizerMeetingInfo"),
    TOKEN("tokenMeetingInfo"),
    JOIN_MEETING_ID("joinMeetingIdMeetingInfo");

    private final String graphName;

    MeetingInfoKind(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
