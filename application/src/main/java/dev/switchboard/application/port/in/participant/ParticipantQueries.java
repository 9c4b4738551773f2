package dev.switchboard.application.port.in.participant;

import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;

/** Reads of a call's roster: only participants present in the call are shown. */
public interface ParticipantQueries {

    /** Rosters come in pages of at most this many (Graph's live rosters stop at about 100). */
    int MAX_PAGE_SIZE = 100;

    /** @throws NotFoundException when the call or the participant is unknown, or the participant has left */
    Participant get(GetParticipantQuery query);

    /**
     * The participants present in the call, ordered by id.
     *
     * @throws NotFoundException when the call is unknown
     */
    Page<Participant> list(ListParticipantsQuery query);

    /** The cursor that points just after {@code participant}. */
    Cursor cursorOf(Participant participant);

    record GetParticipantQuery(TenantId tenantId, CallId callId, ParticipantId participantId) {
        public GetParticipantQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(participantId, "participantId");
        }
    }

    record ListParticipantsQuery(TenantId tenantId, CallId callId, PageRequest page) {
        public ListParticipantsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(page, "page");
        }
    }
}
