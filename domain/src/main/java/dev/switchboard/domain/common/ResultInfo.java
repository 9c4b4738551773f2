package dev.switchboard.domain.common;

/**
 * Graph's {@code resultInfo}: how something ended. {@code code} follows HTTP's classes (2xx success, 4xx the
 * client's fault, 5xx the service's); {@code subcode} refines it.
 */
public record ResultInfo(int code, int subcode, String message) {

    /** A call that the application hung up ("ended by the bot"). */
    public static final ResultInfo ENDED_BY_APPLICATION = new ResultInfo(200, 7000, "Call ended by the application.");
    /** A call ended because no keepAlive arrived in time. */
    public static final ResultInfo KEEP_ALIVE_TIMEOUT = new ResultInfo(408, 8537, "Call ended: no keepAlive in 45 minutes.");
    /** A participant that another participant removed. */
    public static final ResultInfo REMOVED_BY_ANOTHER_PARTICIPANT = new ResultInfo(200, 5000, "Removed by another participant.");

    /**
     * An operation the call's end overtook: it can no longer complete. Graph reports failed operations with a 4xx
     * {@code code}; the subcode is the one its termination notices use for "conversation ended".
     */
    public static final ResultInfo CALL_ENDED_BEFORE_COMPLETION =
            new ResultInfo(409, 5001, "The call ended before the operation completed.");
    /** An invitation whose every invitee was already in the call when it came to complete (our subcode). */
    public static final ResultInfo INVITEES_ALREADY_PRESENT =
            new ResultInfo(409, 5002, "Every invitee is already in the call.");
    /** A mute whose participant left the call before it could complete (our subcode). */
    public static final ResultInfo PARTICIPANT_LEFT =
            new ResultInfo(404, 5003, "The participant has left the call.");

    public ResultInfo {
        Text.atMost(message, Text.SHORT_MAX, "message");
    }

    public boolean isSuccess() {
        return code >= 200 && code < 300;
    }
}
