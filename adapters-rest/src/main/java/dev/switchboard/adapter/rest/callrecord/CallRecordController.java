package dev.switchboard.adapter.rest.callrecord;

import dev.switchboard.adapter.rest.odata.CallRecordFilterParser;
import dev.switchboard.adapter.rest.odata.GraphPaths;
import dev.switchboard.adapter.rest.odata.GraphRequest;
import dev.switchboard.adapter.rest.odata.ODataResponses;
import dev.switchboard.adapter.rest.odata.Projection;
import dev.switchboard.adapter.rest.odata.Projection.Navigation;
import dev.switchboard.adapter.rest.odata.QueryOption;
import dev.switchboard.adapter.rest.odata.QueryOptions;
import dev.switchboard.adapter.rest.support.Blocking;
import dev.switchboard.adapter.rest.support.Ids;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.ListCallRecordsQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.ListSessionsQuery;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.CallRecordId;

import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Call records: list ({@code $filter}, {@code $select}, 60 a page), read one ({@code $select},
 * {@code $expand=sessions($expand=segments)}, {@code participants_v2}), its sessions, and our two writes: create
 * (for tests and demos) and the seed's PATCH.
 */
@RestController
class CallRecordController {

    private static final String COLLECTION = "communications/callRecords";
    private static final Navigation[] RECORD_NAVIGATIONS = {
            Navigation.of("sessions", Navigation.of("segments")), Navigation.of("participants_v2")};
    private static final Navigation SEGMENTS = Navigation.of("segments");

    private final CallRecordQueries records;
    private final CreateCallRecordUseCase create;
    private final UpdateCallRecordUseCase update;
    private final CallRecordJsonMapper mapper;
    private final ODataResponses responses;

    CallRecordController(CallRecordQueries records, CreateCallRecordUseCase create, UpdateCallRecordUseCase update,
                         CallRecordJsonMapper mapper, ODataResponses responses) {
        this.records = records;
        this.create = create;
        this.update = update;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @GetMapping(GraphPaths.CALL_RECORDS)
    Mono<ResponseEntity<ObjectNode>> list(GraphRequest request) {
        return request.parse(() -> {
            QueryOptions options = request.query(QueryOption.FILTER, QueryOption.SELECT, QueryOption.SKIPTOKEN);
            return new Listing(new ListCallRecordsQuery(request.tenantId(),
                    CallRecordFilterParser.parse(options.get(QueryOption.FILTER)), request.page()),
                    Projection.of(options, CallRecordJson.class, RECORD_NAVIGATIONS));
        }, Mono.empty()).flatMap(listing -> Blocking.call(() -> records.list(listing.query()))
                .map(page -> responses.page(request, COLLECTION + listing.projection().contextSuffix(), page,
                        record -> listing.projection().apply(body(request, record)))));
    }

    @Requires(Permission.WRITE_CALL_RECORDS)
    @PostMapping(GraphPaths.CALL_RECORDS)
    Mono<ResponseEntity<ObjectNode>> create(GraphRequest request) {
        return request.read(CallRecordReader::newCallRecord, Mono.empty())
                .flatMap(spec -> Blocking.call(() -> create.create(new CreateCallRecordCommand(request.tenantId(), spec))))
                .map(record -> responses.created(request, COLLECTION + "/$entity",
                        Projection.full(RECORD_NAVIGATIONS).apply(body(request, record)),
                        COLLECTION + "/" + record.id()));
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @GetMapping(GraphPaths.CALL_RECORD)
    Mono<ResponseEntity<ObjectNode>> get(GraphRequest request, @PathVariable String callRecordId) {
        CallRecordId id = Ids.callRecord(callRecordId);
        return Blocking.call(() -> records.get(new GetCallRecordQuery(request.tenantId(), id)))
                .map(record -> {
                    Projection projection = Projection.of(request.query(QueryOption.SELECT, QueryOption.EXPAND),
                            CallRecordJson.class, RECORD_NAVIGATIONS);
                    return responses.ok(request, COLLECTION + projection.contextSuffix() + "/$entity",
                            projection.apply(body(request, record)));
                });
    }

    @Requires(Permission.WRITE_CALL_RECORDS)
    @PatchMapping(GraphPaths.CALL_RECORD)
    Mono<ResponseEntity<ObjectNode>> update(GraphRequest request, @PathVariable String callRecordId) {
        CallRecordId id = Ids.callRecord(callRecordId);
        Mono<?> exists = Blocking.call(() -> records.get(new GetCallRecordQuery(request.tenantId(), id)));
        return request.read(CallRecordReader::patch, exists)
                .flatMap(patch -> Blocking.call(() -> update.update(
                        new UpdateCallRecordCommand(request.tenantId(), id, patch, request.ifMatch()))))
                .map(record -> responses.ok(request, COLLECTION + "/$entity",
                        Projection.full(RECORD_NAVIGATIONS).apply(body(request, record))));
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @GetMapping(GraphPaths.CALL_RECORD + "/sessions")
    Mono<ResponseEntity<ObjectNode>> sessions(GraphRequest request, @PathVariable String callRecordId) {
        CallRecordId id = Ids.callRecord(callRecordId);
        Mono<?> exists = Blocking.call(() -> records.get(new GetCallRecordQuery(request.tenantId(), id)));
        return request.parse(() -> new SessionListing(new ListSessionsQuery(request.tenantId(), id, request.page()),
                        Projection.of(request.query(QueryOption.SELECT, QueryOption.EXPAND, QueryOption.SKIPTOKEN),
                                CallRecordJson.SessionJson.class, SEGMENTS)), exists)
                .flatMap(listing -> Blocking.call(() -> records.listSessions(listing.query()))
                        .map(page -> responses.page(request, "communications/callRecords(" + Ids.quoted(id) + ")/sessions"
                                        + listing.projection().contextSuffix(), page,
                                session -> listing.projection().apply(responses.entity(mapper.session(session, request.wire()), null)))));
    }

    private record Listing(ListCallRecordsQuery query, Projection projection) {
    }

    private record SessionListing(ListSessionsQuery query, Projection projection) {
    }

    private ObjectNode body(GraphRequest request, CallRecord record) {
        return responses.entity(mapper.toJson(record, request.wire()), record.version());
    }
}
