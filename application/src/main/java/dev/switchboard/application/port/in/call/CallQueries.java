package dev.switchboard.application.port.in.call;

import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;

import java.util.Objects;

/** Reads of calls. A terminated call stays readable for a while (one hour by default), then is not found. */
public interface CallQueries {

    /** Calls come in pages of at most this many. */
    int MAX_PAGE_SIZE = 100;

    /** @throws NotFoundException when the tenant has no such call, or it ended longer ago than the retention */
    Call get(GetCallQuery query);

    /** The tenant's calls, ordered by id. */
    Page<Call> list(ListCallsQuery query);

    /** The cursor that points just after {@code call}, for clients that page item by item (GraphQL edges). */
    Cursor cursorOf(Call call);

    record GetCallQuery(TenantId tenantId, CallId callId) {
        public GetCallQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callId, "callId");
        }
    }

    record ListCallsQuery(TenantId tenantId, PageRequest page) {
        public ListCallsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(page, "page");
        }
    }
}
