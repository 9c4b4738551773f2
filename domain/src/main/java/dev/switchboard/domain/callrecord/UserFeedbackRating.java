package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.userFeedbackRating}. */
public enum UserFeedbackRating implements GraphEnum {
    NOT_RATED("notRated"),
    BAD("bad"),
    POOR("poor"),
    FAIR("fair"),
    GOOD("good"),
    EXCELLENT("excellent"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    UserFeedbackRating(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
