package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.adapter.graphql.support.Connection;
import dev.switchboard.adapter.graphql.support.ETags;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.adapter.graphql.support.Paging;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.SessionsOfCallRecordsQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.ListCallRecordsQuery;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.callrecord.NewCallRecord;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.error.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Call records: read one, list them with a filter, create one (our seeding path), update one (the seed's admin
 * PATCH), and their sessions, loaded in one batch for all the records of a response.
 */
@Controller
class CallRecordGraphQlController {

    private final CallRecordQueries records;
    private final CreateCallRecordUseCase create;
    private final UpdateCallRecordUseCase update;
    private final CallRecordViewMapper mapper;

    CallRecordGraphQlController(CallRecordQueries records, CreateCallRecordUseCase create,
                                UpdateCallRecordUseCase update, CallRecordViewMapper mapper) {
        this.records = records;
        this.create = create;
        this.update = update;
        this.mapper = mapper;
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @QueryMapping
    Mono<CallRecordView> callRecord(@Argument String id, Caller caller) {
        CallRecordId recordId = Inputs.key("id", id, CallRecordId::of);
        return Blocking.call(() -> records.get(new GetCallRecordQuery(caller.tenantId(), recordId))).map(mapper::full);
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @QueryMapping
    Mono<Connection<CallRecordView>> callRecords(@Argument CallRecordFilterInput filter, @Argument Integer first,
                                                 @Argument String after, Caller caller) {
        CallRecordFilter recordFilter = CallRecordInputs.filter(filter);
        PageRequest page = Paging.request(first, after, CallRecordQueries.MAX_PAGE_SIZE);
        return Blocking.call(() -> Paging.connection(
                Paging.list(() -> records.list(new ListCallRecordsQuery(caller.tenantId(), recordFilter, page))),
                records::cursorOf, mapper::summary));
    }

    /**
     * The sessions of every call record in the response, in one batch: list items come without sessions, and this
     * loads them together instead of once per record as each is resolved.
     *
     * <p>The inbound port has no read of several records' sessions at once, so the batch still asks the port once per
     * record (bounded by the page size, at most 60), in one trip off the event loop. A batch read on
     * {@code CallRecordQueries} would make it one call, and one SQL statement, for the whole page.
     */
    /** Every record of a response gets its sessions from one batch read: no query per record. */
    @BatchMapping(typeName = "CallRecord", field = "sessions")
    Flux<List<SessionView>> sessions(List<CallRecordView> callRecords, @ContextValue Caller caller) {
        return Blocking.call(() -> {
            List<CallRecordId> toLoad = callRecords.stream().filter(record -> record.preloadedSessions() == null)
                    .map(record -> CallRecordId.of(record.id())).distinct().toList();
            Map<CallRecordId, List<Session>> loaded = toLoad.isEmpty() ? Map.of()
                    : records.sessionsOf(new SessionsOfCallRecordsQuery(caller.tenantId(), toLoad));
            List<List<SessionView>> sessions = new ArrayList<>(callRecords.size());
            for (CallRecordView record : callRecords) {
                sessions.add(record.preloadedSessions() != null ? record.preloadedSessions()
                        : mapper.sessions(loaded.getOrDefault(CallRecordId.of(record.id()), List.of())));
            }
            return sessions;
        }).flatMapIterable(lists -> lists);
    }

    @Requires(Permission.WRITE_CALL_RECORDS)
    @MutationMapping
    Mono<CreateCallRecordPayload> createCallRecord(@Argument CreateCallRecordInput input, Caller caller) {
        NewCallRecord record = CallRecordInputs.newCallRecord(input);
        return Blocking.call(() -> create.create(new CreateCallRecordCommand(caller.tenantId(), record)))
                .map(created -> new CreateCallRecordPayload(mapper.full(created)));
    }

    @Requires(Permission.WRITE_CALL_RECORDS)
    @MutationMapping
    Mono<UpdateCallRecordPayload> updateCallRecord(@Argument UpdateCallRecordInput input, Caller caller) {
        Violations violations = new Violations();
        CallRecordId recordId = Inputs.key(violations, "id", input.id(), CallRecordId::of);
        CallRecordPatch patch = CallRecordInputs.patch(input, violations);
        violations.throwIfAny();
        return Blocking.call(() -> update.update(new UpdateCallRecordCommand(caller.tenantId(), recordId, patch,
                        ETags.expected(input.ifMatch()))))
                .map(updated -> new UpdateCallRecordPayload(mapper.full(updated)));
    }

}
