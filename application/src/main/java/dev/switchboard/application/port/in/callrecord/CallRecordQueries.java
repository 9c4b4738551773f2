package dev.switchboard.application.port.in.callrecord;

import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads of call records. Records past retention (30 days from when they were stored) are not found. */
public interface CallRecordQueries {

    /** Lists of records come in pages of at most this many, as in Graph. */
    int MAX_PAGE_SIZE = 60;
    /** Sessions of a record come in pages of at most this many, as in Graph. */
    int MAX_SESSIONS_PAGE_SIZE = 60;

    /** The record with its sessions and segments. @throws NotFoundException when unknown or past retention */
    CallRecord get(GetCallRecordQuery query);

    /** The tenant's records that the filter accepts, ordered by {@code startDateTime} then id, without sessions. */
    Page<CallRecord> list(ListCallRecordsQuery query);

    /** A record's sessions, with their segments, in the record's order. @throws NotFoundException as {@link #get} */
    Page<Session> listSessions(ListSessionsQuery query);

    /**
     * The sessions of several records at once (a page of {@link #list} being expanded), read in a bounded number of
     * statements. Records that are unknown or past retention are absent from the map.
     */
    Map<CallRecordId, List<Session>> sessionsOf(SessionsOfCallRecordsQuery query);

    /** The cursor that points just after {@code record} in {@link #list}. */
    Cursor cursorOf(CallRecord record);

    record GetCallRecordQuery(TenantId tenantId, CallRecordId callRecordId) {
        public GetCallRecordQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callRecordId, "callRecordId");
        }
    }

    record ListCallRecordsQuery(TenantId tenantId, CallRecordFilter filter, PageRequest page) {
        public ListCallRecordsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(page, "page");
        }
    }

    record SessionsOfCallRecordsQuery(TenantId tenantId, List<CallRecordId> callRecordIds) {
        public SessionsOfCallRecordsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            callRecordIds = List.copyOf(callRecordIds);
            if (callRecordIds.size() > MAX_PAGE_SIZE) {
                throw InvalidInputException.of("callRecordIds", "must name at most " + MAX_PAGE_SIZE + " records");
            }
        }
    }

    record ListSessionsQuery(TenantId tenantId, CallRecordId callRecordId, PageRequest page) {
        public ListSessionsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callRecordId, "callRecordId");
            Objects.requireNonNull(page, "page");
        }
    }
}
