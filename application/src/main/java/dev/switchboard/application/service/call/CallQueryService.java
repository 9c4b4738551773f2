package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

class CallQueryService implements CallQueries {

    private static final String CURSOR_KIND = "call";

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    CallQueryService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Call get(GetCallQuery query) {
        return lookup.call(query.tenantId(), query.callId());
    }

    @Override
    public Page<Call> list(ListCallsQuery query) {
        int size = query.page().sizeWithin(MAX_PAGE_SIZE);
        Optional<CallId> after = query.page().after().map(cursor -> CallId.of(cursor.keyParts(CURSOR_KIND, 1).get(0)));
        List<Call> fetched = ports.calls().findPage(query.tenantId(), after, size + 1);
        Page<Call> page = Page.of(fetched, size, this::cursorOf);
        // Calls past their retention are skipped, but the cursor still moves past them.
        Instant now = ports.clock().instant();
        return new Page<>(page.items().stream()
                .filter(call -> call.isVisibleAt(now, lookup.settings().terminatedCallRetention()))
                .toList(), page.next());
    }

    @Override
    public Cursor cursorOf(Call call) {
        return Cursor.of(CURSOR_KIND, call.id().value());
    }
}
