package dev.switchboard.domain.call;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.identity.IdentitySet;

/** Graph's {@code meetingInfo} family: how a call finds the meeting it joins. */
public sealed interface MeetingInfo permits MeetingInfo.Organizer, MeetingInfo.Token, MeetingInfo.JoinMeetingId {

    /** {@code organizerMeetingInfo}: the meeting of this organizer. */
    record Organizer(IdentitySet organizer) implements MeetingInfo {
    }

    /** {@code tokenMeetingInfo}: a meeting named by an opaque token. */
    record Token(String token) implements MeetingInfo {
        public Token {
            Text.atMost(token, Text.BLOB_MAX, "token");
        }
    }

    /** {@code joinMeetingIdMeetingInfo}: a meeting named by its join id and passcode. */
    record JoinMeetingId(String joinMeetingId, String passcode) implements MeetingInfo {
        public JoinMeetingId {
            Text.atMost(joinMeetingId, Text.SHORT_MAX, "joinMeetingId");
            Text.atMost(passcode, Text.SHORT_MAX, "passcode");
        }
    }
}
