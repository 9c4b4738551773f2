package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.support.IdentitySetView;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;

import java.time.Instant;
import java.util.List;

/**
 * The GraphQL type {@code CallRecord}. Its {@code sessions} field is resolved in batches for a whole list (see
 * {@code CallRecordGraphQlController#sessions}); a record read on its own already carries them in
 * {@link #preloadedSessions}, which is {@code null} for the items of a list.
 */
public record CallRecordView(
        String id,
        String etag,
        long version,
        CallType type,
        List<CallRecordModality> modalities,
        Instant startDateTime,
        Instant endDateTime,
        Instant lastModifiedDateTime,
        String joinWebUrl,
        IdentitySetView organizer,
        List<IdentitySetView> participants,
        CallRecordOrganizerView organizerV2,
        List<CallRecordParticipantView> participantsV2,
        List<SessionView> preloadedSessions) {

    /** The GraphQL type {@code CallRecordOrganizer} (Graph's {@code organizer_v2}). */
    public record CallRecordOrganizerView(String id, IdentitySetView identity) {
    }

    /** The GraphQL type {@code CallRecordParticipant} (an entry of Graph's {@code participants_v2}). */
    public record CallRecordParticipantView(String id, IdentitySetView identity) {
    }
}
