package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.identity.IdentitySet;

/** Graph's {@code callRecords.participant} ({@code participants_v2}): someone who took part. */
public record CallRecordParticipant(String id, IdentitySet identity) {

    public CallRecordParticipant {
        Text.atMost(id, Text.SHORT_MAX, "id");
    }
}
