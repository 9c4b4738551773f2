package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.participant.Participant;

import java.util.List;
import java.util.Optional;

class ParticipantQueryService implements ParticipantQueries {

    private static final String CURSOR_KIND = "participant";

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    ParticipantQueryService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Participant get(GetParticipantQuery query) {
        return lookup.presentParticipantInVisibleCall(query.tenantId(), query.callId(), query.participantId())
                .participant();
    }

    @Override
    public Page<Participant> list(ListParticipantsQuery query) {
        lookup.call(query.tenantId(), query.callId());
        int size = query.page().sizeWithin(MAX_PAGE_SIZE);
        Optional<ParticipantId> after = query.page().after().map(cursor -> {
            List<String> key = cursor.keyParts(CURSOR_KIND, 2);
            // a token of another call's roster is refused, not read as a position in this one
            if (!key.get(0).equals(query.callId().value())) {
                throw Cursor.invalid();
            }
            return ParticipantId.of(key.get(1));
        });
        return Page.of(ports.participants().findPresent(query.tenantId(), query.callId(), after, size + 1), size,
                this::cursorOf);
    }

    @Override
    public Cursor cursorOf(Participant participant) {
        return Cursor.of(CURSOR_KIND, participant.callId().value(), participant.id().value());
    }
}
