package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.identity.IdentitySet;

/** Graph's {@code callRecords.organizer} ({@code organizer_v2}): who organized the call. */
public record Organizer(String id, IdentitySet identity) {

    public Organizer {
        Text.atMost(id, Text.SHORT_MAX, "id");
    }
}
