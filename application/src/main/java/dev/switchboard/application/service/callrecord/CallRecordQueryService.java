package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.error.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class CallRecordQueryService implements CallRecordQueries {

    private static final String RECORD_CURSOR = "callRecord";
    private static final String SESSION_CURSOR = "session";

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    CallRecordQueryService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public CallRecord get(GetCallRecordQuery query) {
        return lookup.callRecord(query.tenantId(), query.callRecordId());
    }

    @Override
    public Page<CallRecord> list(ListCallRecordsQuery query) {
        int size = query.page().sizeWithin(MAX_PAGE_SIZE);
        Optional<CallRecordSearch.Position> after = query.page().after().map(CallRecordQueryService::position);
        Instant storedSince = ports.clock().instant().minus(lookup.settings().callRecordRetention());
        List<CallRecord> fetched = ports.callRecordSearch().find(query.tenantId(), query.filter(), storedSince, after,
                size + 1);
        return Page.of(fetched, size, this::cursorOf);
    }

    @Override
    public Page<Session> listSessions(ListSessionsQuery query) {
        List<Session> sessions = lookup.callRecord(query.tenantId(), query.callRecordId()).sessions();
        int size = query.page().sizeWithin(MAX_SESSIONS_PAGE_SIZE);
        int start = query.page().after().map(cursor -> indexAfter(sessions, query.callRecordId(), cursor)).orElse(0);
        List<Session> rest = sessions.subList(start, sessions.size());
        return Page.of(rest.subList(0, Math.min(rest.size(), size + 1)), size,
                session -> Cursor.of(SESSION_CURSOR, query.callRecordId().value(), session.id()));
    }

    @Override
    public Map<CallRecordId, List<Session>> sessionsOf(SessionsOfCallRecordsQuery query) {
        if (query.callRecordIds().isEmpty()) {
            return Map.of();
        }
        Instant storedSince = ports.clock().instant().minus(lookup.settings().callRecordRetention());
        return ports.callRecordSearch().sessionsOf(query.tenantId(), query.callRecordIds(), storedSince);
    }

    @Override
    public Cursor cursorOf(CallRecord record) {
        return Cursor.of(RECORD_CURSOR, record.startDateTime().toString(), record.id().value());
    }

    private static CallRecordSearch.Position position(Cursor cursor) {
        List<String> parts = cursor.keyParts(RECORD_CURSOR, 2);
        try {
            return new CallRecordSearch.Position(Instant.parse(parts.get(0)), CallRecordId.of(parts.get(1)));
        } catch (DateTimeParseException | InvalidInputException e) {
            throw Cursor.invalid();
        }
    }

    /** Sessions are listed in the record's own order; the cursor names the record and the last session seen. */
    private static int indexAfter(List<Session> sessions, CallRecordId recordId, Cursor cursor) {
        List<String> key = cursor.keyParts(SESSION_CURSOR, 2);
        if (!key.get(0).equals(recordId.value())) {
            throw Cursor.invalid();
        }
        String lastSeen = key.get(1);
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id().equals(lastSeen)) {
                return i + 1;
            }
        }
        return sessions.size();
    }
}
