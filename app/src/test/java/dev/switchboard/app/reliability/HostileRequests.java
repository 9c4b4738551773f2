package dev.switchboard.app.reliability;

import static dev.switchboard.app.reliability.HostileRequest.graphQl;
import static dev.switchboard.app.reliability.HostileRequest.rest;
import static dev.switchboard.app.reliability.HostileRequest.restJson;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates requests that must each be refused without a change: malformed, truncated and wrongly typed JSON, values
 * outside an enum, strings, arrays and nesting beyond the limits, bytes that are not UTF-8, the wrong media type,
 * bodies over the size limit, ids and path segments that name nothing or cannot be decoded, query options an endpoint
 * does not support, page tokens it never issued, preconditions that do not hold, and GraphQL that does not parse,
 * validate or coerce.
 *
 * <p>Every write generated carries at least one fault that the service must refuse (the "poison"), whatever else
 * the generator adds; a write that could succeed would change the database and fail the test, as it should.
 */
final class HostileRequests {

    /** Writes and reads what the service must refuse: nesting far beyond any default limit. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
            .build()).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String V1 = "/v1.0";
    private static final String CALLS = V1 + "/communications/calls";
    private static final String RECORDS = V1 + "/communications/callRecords";
    private static final String SUBSCRIPTIONS = V1 + "/subscriptions";

    private final Targets targets;
    private final List<Writable> writables;

    HostileRequests(Targets targets) {
        this.targets = targets;
        this.writables = writables();
    }

    /** A write endpoint, a valid body for it, and the faults that make any body refused. */
    private record Writable(String method, String path, ObjectNode validBody, List<Poison> poisons) {
    }

    /** One fault at one place in a body: a value the endpoint must refuse there. */
    private record Poison(String path, Arbitrary<JsonNode> values) {
    }

    Arbitrary<HostileRequest> all() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, malformedJson()),
                Tuple.of(22, poisonedBodies()),
                Tuple.of(6, wrongContentTypes()),
                Tuple.of(1, oversizedBodies()),
                Tuple.of(12, badIdsAndPaths()),
                Tuple.of(10, badQueryOptions()),
                Tuple.of(6, badPageTokens()),
                Tuple.of(5, failedPreconditions()),
                Tuple.of(26, badGraphQl()));
    }

    // ---- the write endpoints and their poisons -------------------------------------------------------------------

    private List<Writable> writables() {
        String participant = CALLS + "/" + targets.callId() + "/participants/" + targets.participantId();
        String operation = CALLS + "/" + targets.callId() + "/operations/" + targets.operationId();
        String record = RECORDS + "/" + targets.callRecordId();
        List<Writable> all = new ArrayList<>();
        all.add(new Writable("POST", CALLS, object("""
                {"callbackUri": "https://bot.example.test/callback", "requestedModalities": ["audio"],
                 "targets": [{"identity": {"user": {"id": "rosa"}}}],
                 "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"}}"""), List.of(
                poison("callbackUri", wrongTypes("string")),
                poison("requestedModalities", nonMemberArrays()),
                poison("requestedModalities", wrongTypes("array")),
                poison("mediaConfig", Arbitraries.of(object("{\"@odata.type\": \"#microsoft.graph.noSuchMediaConfig\"}"),
                        NODES.stringNode("x"), NODES.numberNode(1))),
                poison("targets", wrongTypes("array")),
                poison("targets", Arbitraries.just(array("[{\"identity\": 5}]"))),
                poison("meetingInfo", Arbitraries.just(object("{\"@odata.type\": \"#microsoft.graph.noSuchMeetingInfo\"}"))),
                poison("subject", wrongTypes("string")),
                poison("targets", tooManyItems(NODES.objectNode())),
                poison("subject", tooLongStrings()),
                poison("x", tooDeep()))));
        all.add(new Writable("POST", CALLS + "/" + targets.callId() + "/participants", object("""
                {"info": {"identity": {"user": {"id": "heidi", "displayName": "Heidi"}}, "endpointType": "default"},
                 "mediaStreams": [{"mediaType": "audio", "sourceId": "1", "direction": "sendReceive", "serverMuted": false}],
                 "isMuted": false, "isInLobby": false}"""), List.of(
                poison("info.endpointType", nonMembers()),
                poison("mediaStreams", Arbitraries.of(array("[{\"mediaType\": \"String\"}]"),
                        array("[{\"direction\": \"sideways\", \"mediaType\": \"audio\"}]"), array("[1]"))),
                poison("isMuted", wrongTypes("boolean")),
                poison("info", wrongTypes("object")),
                poison("recordingInfo", Arbitraries.just(object("{\"recordingStatus\": \"String\"}"))),
                poison("mediaStreams", tooManyItems(object("{\"mediaType\": \"audio\", \"direction\": \"inactive\"}"))),
                poison("metadata", tooLongStrings()))));
        all.add(new Writable("PATCH", participant, object("{\"metadata\": \"changed\", \"isMuted\": true}"), List.of(
                poison("isMuted", wrongTypes("boolean")),
                poison("isInLobby", wrongTypes("boolean")),
                poison("metadata", wrongTypes("string")),
                poison("metadata", tooLongStrings()),
                poison("mediaStreams", Arbitraries.of(array("[1]"), array("[{\"mediaType\": \"String\"}]"),
                        NODES.stringNode("x"))),
                poison("mediaStreams", tooManyItems(object("{\"serverMuted\": true}"))),
                poison("id", Arbitraries.just(NODES.stringNode("another-id"))),
                poison("info.endpointType", nonMembers()),
                poison("rosterSequenceNumber", Arbitraries.just(NODES.numberNode(987_654))),
                poison("x", tooDeep()))));
        all.add(new Writable("POST", CALLS + "/" + targets.callId() + "/participants/invite", object("""
                {"participants": [{"identity": {"user": {"id": "bob", "displayName": "Bob"}}}],
                 "clientContext": "ctx"}"""), List.of(
                poison("participants", Arbitraries.of(array("[]"), NODES.stringNode("x"), array("[{\"identity\": 5}]"))),
                poison("participants", tooManyItems(object("{\"identity\": {\"user\": {\"id\": \"x\"}}}"))),
                poison("participants", Arbitraries.integers().between(101, 300).map(n -> {
                    ArrayNode invitees = NODES.arrayNode();
                    for (int i = 0; i < n; i++) {
                        invitees.add(object("{\"identity\": {\"user\": {\"id\": \"u" + i + "\"}}}"));
                    }
                    return invitees;
                })),
                poison("clientContext", Arbitraries.strings().alpha().ofLength(257).map(NODES::stringNode)),
                poison("clientContext", wrongTypes("string")))));
        all.add(new Writable("PATCH", operation, object("{\"clientContext\": \"changed\"}"), List.of(
                poison("status", nonMembers()),
                poison("status", wrongTypes("string")),
                poison("resultInfo", Arbitraries.of(NODES.stringNode("x"), object("{\"code\": \"abc\"}"))),
                poison("participants", Arbitraries.just(array("[]"))),
                poison("clientContext", Arbitraries.strings().alpha().ofLength(300).map(NODES::stringNode)),
                poison("clientContext", wrongTypes("string")))));
        all.add(new Writable("POST", RECORDS, object("""
                {"type": "peerToPeer", "modalities": ["audio"],
                 "startDateTime": "2099-03-01T09:00:00Z", "endDateTime": "2099-03-01T09:30:00Z"}"""), List.of(
                poison("type", nonMembers()),
                poison("modalities", nonMemberArrays()),
                poison("startDateTime", badDateTimes()),
                poison("endDateTime", Arbitraries.just(NODES.stringNode("1999-01-01T00:00:00Z"))),
                poison("sessions", Arbitraries.of(NODES.stringNode("x"), array("[{\"segments\": 5}]"))),
                poison("participants_v2", wrongTypes("array")),
                poison("version", wrongTypes("number")),
                poison("sessions", tooManyItems(NODES.objectNode())))));
        all.add(new Writable("PATCH", record, object("{\"joinWebUrl\": \"https://example.test/changed\"}"), List.of(
                poison("type", nonMembers()),
                poison("modalities", nonMemberArrays()),
                poison("version", Arbitraries.of(NODES.stringNode("x"), NODES.numberNode(0), NODES.booleanNode(true),
                        NODES.numberNode(new java.math.BigDecimal("1e999999999")), NODES.numberNode(1.5),
                        NODES.numberNode(new java.math.BigInteger("9223372036854775808")))),
                poison("startDateTime", badDateTimes()),
                poison("endDateTime", Arbitraries.just(NODES.stringNode("1999-01-01T00:00:00Z"))),
                poison("lastModifiedDateTime", Arbitraries.just(NODES.stringNode("2000-01-01T00:00:00Z"))),
                poison("organizer", wrongTypes("object")),
                poison("joinWebUrl", tooLongStrings()))));
        all.add(new Writable("POST", SUBSCRIPTIONS, object("""
                {"changeType": "created", "notificationUrl": "https://receiver.example.test/notify",
                 "resource": "/communications/callRecords", "expirationDateTime": "2099-01-01T00:00:00Z"}"""), List.of(
                poison("changeType", nonMembers()),
                poison("resource", Arbitraries.just(NODES.stringNode("/somewhere/else"))),
                poison("expirationDateTime", badDateTimes()),
                poison("notificationUrl", wrongTypes("string")))));
        return all;
    }

    private static Poison poison(String path, Arbitrary<? extends JsonNode> values) {
        return new Poison(path, values.map(JsonNode.class::cast));
    }

    // ---- malformed JSON ------------------------------------------------------------------------------------------

    private Arbitrary<HostileRequest> malformedJson() {
        Arbitrary<Writable> endpoint = Arbitraries.of(writables);
        Arbitrary<HostileRequest> truncated = endpoint.flatMap(w -> {
            byte[] full = bytes(w.validBody());
            return Arbitraries.integers().between(1, full.length - 1).map(cut ->
                    rest("truncated JSON", w.method(), w.path(), "application/json",
                            java.util.Arrays.copyOf(full, cut)));
        });
        Arbitrary<HostileRequest> garbage = Combinators.combine(endpoint, randomBytes())
                .as((w, bytes) -> rest("random bytes", w.method(), w.path(), "application/json", bytes));
        Arbitrary<HostileRequest> notUtf8 = Combinators.combine(endpoint, invalidUtf8())
                .as((w, bad) -> rest("invalid UTF-8 in a string", w.method(), w.path(), "application/json",
                        concat("{\"metadata\": \"".getBytes(StandardCharsets.UTF_8), bad,
                                "\", \"clientContext\": \"x\"}".getBytes(StandardCharsets.UTF_8))));
        Arbitrary<HostileRequest> notAnObject = Combinators.combine(endpoint,
                        Arbitraries.of("[]", "[{}]", "\"text\"", "42", "null", "true", "{} {}", "{\"a\": 1} x",
                                "{\"isMuted\": true, \"isMuted\": false}", "{'isMuted': true}", "{\"a\": NaN}",
                                "{\"a\": 01}", "{\"a\": 1,}", "{\"a\" 1}", "{\"a\": \"unterminated}", "{\"a\": [1, 2}",
                                "/* comment */ {}", "\uFEFF{\"a\": 1} trailing", "{\"a\": \"\\uZZZZ\"}",
                                "{\"a\": tru}", "{\"a\": 1e}", "{\"a\": -}", "{\"\\u0000\": 1} ]"))
                .as((w, text) -> restJson("not one JSON object", w.method(), w.path(), text));
        Arbitrary<HostileRequest> deepText = Combinators.combine(endpoint, Arbitraries.integers().between(33, 200_000))
                .as((w, depth) -> restJson("nesting " + depth + " deep", w.method(), w.path(),
                        "{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}"));
        return Arbitraries.oneOf(truncated, garbage, notUtf8, notAnObject, deepText);
    }

    // ---- valid JSON with a fault ---------------------------------------------------------------------------------

    private Arbitrary<HostileRequest> poisonedBodies() {
        return Arbitraries.of(writables).flatMap(w -> Arbitraries.of(w.poisons()).flatMap(poison ->
                Combinators.combine(poison.values(), noise()).as((value, extra) -> {
                    ObjectNode body = w.validBody().deepCopy();
                    extra.forEach(body::set);
                    put(body, poison.path(), value);
                    return rest("bad value at " + poison.path(), w.method(), w.path(), "application/json",
                            bytes(body));
                })));
    }

    /** Unknown properties, which the service ignores: they must not turn a refused body into an accepted one. */
    private static Arbitrary<Map<String, JsonNode>> noise() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(k -> "zz" + k),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).<JsonNode>map(NODES::stringNode),
                        Arbitraries.integers().<JsonNode>map(NODES::numberNode))).ofMaxSize(3)
                .map(map -> map);
    }

    private static Arbitrary<JsonNode> wrongTypes(String expected) {
        List<JsonNode> wrong = new ArrayList<>();
        if (!expected.equals("string")) {
            wrong.add(NODES.stringNode("yes"));
        }
        if (!expected.equals("number")) {
            wrong.add(NODES.numberNode(7));
        }
        if (!expected.equals("boolean")) {
            wrong.add(NODES.booleanNode(true));
        }
        if (!expected.equals("object")) {
            wrong.add(object("{\"a\": 1}"));
        }
        if (!expected.equals("array")) {
            wrong.add(array("[1, \"two\"]"));
        }
        return Arbitraries.of(wrong);
    }

    private static Arbitrary<JsonNode> nonMembers() {
        return Arbitraries.oneOf(Arbitraries.of("String", "", " ", "AUDIO!", "null", "unknownFutureValue2")
                        .map(NODES::stringNode),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(12).ofMaxLength(30).map(s -> "zz" + s)
                        .map(NODES::stringNode));
    }

    private static Arbitrary<JsonNode> nonMemberArrays() {
        return nonMembers().list().ofMinSize(1).ofMaxSize(3).map(values -> {
            ArrayNode array = NODES.arrayNode();
            values.forEach(array::add);
            return array;
        });
    }

    private static Arbitrary<JsonNode> badDateTimes() {
        return Arbitraries.of("yesterday", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-03-01",
                "2025-03-01T25:00:00Z", "", "0", "9999999-01-01T00:00:00Z").map(NODES::stringNode);
    }

    private static Arbitrary<JsonNode> tooLongStrings() {
        return Arbitraries.integers().between(65_537, 90_000).map(n -> NODES.stringNode("s".repeat(n)));
    }

    private static Arbitrary<JsonNode> tooManyItems(JsonNode item) {
        return Arbitraries.integers().between(1_001, 3_000).map(n -> {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < n; i++) {
                array.add(item.deepCopy());
            }
            return array;
        });
    }

    /** Deeper than the limit of 32; the raw-text cases in {@link #malformedJson()} go far deeper. */
    private static Arbitrary<JsonNode> tooDeep() {
        return Arbitraries.integers().between(33, 400).map(depth -> {
            JsonNode node = NODES.numberNode(1);
            for (int i = 0; i < depth; i++) {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.set("a", node);
                node = wrapper;
            }
            return node;
        });
    }

    // ---- the wrong media type, and too much of it ----------------------------------------------------------------

    private Arbitrary<HostileRequest> wrongContentTypes() {
        return Combinators.combine(Arbitraries.of(writables), Arbitraries.of("text/plain", "application/xml",
                        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/json",
                        "image/png", "*/*", "garbage", "application/", "text/plain; charset=utf-8", "NONE"))
                .as((w, type) -> rest("wrong content type", w.method(), w.path(), type.equals("NONE") ? null : type,
                        bytes(w.validBody())));
    }

    private Arbitrary<HostileRequest> oversizedBodies() {
        Arbitrary<HostileRequest> rest = Combinators.combine(Arbitraries.of(writables),
                        Arbitraries.integers().between(1024 * 1024 + 1, 1024 * 1024 + 50_000))
                .as((w, size) -> rest("oversized body", w.method(), w.path(), "application/json",
                        padded("{\"metadata\": \"", size, "\"}")));
        Arbitrary<HostileRequest> graphQl = Arbitraries.integers().between(256 * 1024 + 1, 300 * 1024)
                .map(size -> graphQl("oversized GraphQL body", "application/json",
                        padded("{\"query\": \"{ calls { edges { node { id } } } }\", \"x\": \"", size, "\"}")));
        return Combinators.combine(Arbitraries.oneOf(rest, graphQl), Arbitraries.of(true, false))
                .as((request, chunked) -> chunked ? request.sentChunked() : request);
    }

    // ---- ids, paths and query options ----------------------------------------------------------------------------

    private Arbitrary<HostileRequest> badIdsAndPaths() {
        String call = CALLS + "/" + targets.callId();
        Arbitrary<String> id = badIds();
        List<Function<String, HostileRequest>> templates = List.of(
                bad -> rest("unknown call id", "GET", CALLS + "/" + bad, null, null),
                bad -> rest("unknown call id", "DELETE", CALLS + "/" + bad, null, null),
                bad -> rest("unknown call id", "POST", CALLS + "/" + bad + "/keepAlive", null, null),
                bad -> rest("unknown participant id", "GET", call + "/participants/" + bad, null, null),
                bad -> rest("unknown participant id", "DELETE", call + "/participants/" + bad, null, null),
                bad -> restJson("unknown participant id", "PATCH", call + "/participants/" + bad, "{\"isMuted\": true}"),
                bad -> restJson("unknown participant id", "POST", call + "/participants/" + bad + "/mute", "{}"),
                bad -> rest("unknown operation id", "GET", call + "/operations/" + bad, null, null),
                bad -> restJson("unknown operation id", "PATCH", call + "/operations/" + bad, "{\"clientContext\": \"c\"}"),
                bad -> rest("unknown call record id", "GET", RECORDS + "/" + bad, null, null),
                bad -> restJson("unknown call record id", "PATCH", RECORDS + "/" + bad, "{\"joinWebUrl\": \"https://x.test\"}"),
                bad -> rest("unknown call record id", "GET", RECORDS + "/" + bad + "/sessions", null, null),
                bad -> rest("unknown subscription id", "GET", SUBSCRIPTIONS + "/" + bad, null, null),
                bad -> rest("unknown subscription id", "DELETE", SUBSCRIPTIONS + "/" + bad, null, null),
                bad -> rest("unknown path segment", "GET", call + "/" + bad, null, null),
                bad -> rest("unknown path segment", "GET", V1 + "/communications/" + bad, null, null),
                bad -> rest("unknown path segment", "POST", call + "/participants/" + targets.participantId() + "/" + bad,
                        "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                bad -> rest("unknown version", "GET", "/" + bad + "/communications/calls/" + targets.callId(), null, null),
                bad -> rest("legacy beta root, unknown call", "GET", "/beta/app/calls/" + bad, null, null),
                bad -> rest("legacy beta root, foreign application", "GET",
                        "/beta/applications/" + bad + "/calls/" + targets.callId(), null, null),
                bad -> rest("wrong method", "PUT", call + "/participants/" + targets.participantId(),
                        "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                bad -> rest("wrong method", "POST", RECORDS + "/" + targets.callRecordId(), "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(Arbitraries.of(templates), id).as(Function::apply);
    }

    /** Ids that name nothing: random text, undecodable escapes, encoded slashes and NULs, traversal, very long. */
    private static Arbitrary<String> badIds() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60).map(HostileRequests::encode),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(257).ofMaxLength(2_000),
                Arbitraries.of("%FF", "%C3%28", "%ED%A0%80", "%00", "%2F", "%2e%2e", "..", ".", "%5C", "%25",
                        "a%2Fb", "x;y=z", "%20", "%E2%80%AE", "%F0%28%8C%28", "%C0%AF", "x%00y", "~", "*", "$ref",
                        "microsoft.graph.invite", "%7B%7D", "'x'", "('x')"),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20).map(HostileRequests::percentBytes));
    }

    private Arbitrary<HostileRequest> badQueryOptions() {
        String call = CALLS + "/" + targets.callId();
        String record = RECORDS + "/" + targets.callRecordId();
        Arbitrary<String> resource = Arbitraries.of(RECORDS, record, record + "/sessions", call, call + "/participants",
                call + "/participants/" + targets.participantId(), call + "/operations/" + targets.operationId(), CALLS,
                SUBSCRIPTIONS);
        Arbitrary<String> unsupported = Arbitraries.of("$orderby", "$search", "$count", "$skip", "$apply", "$format",
                "$compute", "$index", "$schemaversion", "$deltatoken", "orderby", "search", "$expand", "$top",
                "$filter", "$levels", "$zzz");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("startDateTime desc", "true", "-1", "abc", "sessions($expand=nothing)", "(((",
                        "startDateTime eq 2025-01-01T00:00:00Z", "participants_v2/any(p:p/id ne 'x')"));
        Arbitrary<HostileRequest> unsupportedOption = Combinators.combine(resource, unsupported, value)
                .as((path, option, v) -> rest("unsupported query option", "GET",
                        path + "?" + encode(option) + "=" + encode(v), null, null))
                .filter(request -> !isSupported(request.pathAndQuery()));
        Arbitrary<HostileRequest> badFilter = Combinators.combine(Arbitraries.of("$filter", "filter"),
                        Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                                Arbitraries.of("startDateTime ge", "startDateTime ge 2025-13-01T00:00:00Z",
                                        "startDateTime xx 2025-01-01T00:00:00Z", "endDateTime ge 2025-01-01T00:00:00Z",
                                        "participants_v2/any(p:p/id eq )", "startDateTime ge 2025-01-01T00:00:00Z and",
                                        "not startDateTime", "()", "startDateTime ge 2025-01-01T00:00:00Z or x eq 1")))
                .filter((option, filter) -> !filter.trim().isEmpty()) // a blank $filter is read as none
                .as((option, filter) -> rest("bad $filter", "GET", RECORDS + "?" + option + "=" + encode(filter), null,
                        null));
        Arbitrary<HostileRequest> badSelect = Combinators.combine(Arbitraries.of(record, RECORDS, call),
                        Arbitraries.of("$select=nope", "$select=id,nope", "$select=id(", "$expand=participants",
                                "$expand=sessions($filter=x)", "$expand=sessions($expand=nope)", "$expand=(",
                                "$select=id&$select=type"))
                .as((path, query) -> rest("bad $select or $expand", "GET", path + "?" + query, null, null));
        return Arbitraries.oneOf(unsupportedOption, badFilter, badSelect);
    }

    /** The options an endpoint does serve, which the generator must not send as "unsupported". */
    private static boolean isSupported(String pathAndQuery) {
        String option = pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("=", 2)[0];
        return option.equals("%24filter") && pathAndQuery.startsWith(RECORDS + "?")
                || option.equals("%24expand") && pathAndQuery.matches(".*/callRecords/[^/?]+(/sessions)?\\?.*");
    }

    private Arbitrary<HostileRequest> badPageTokens() {
        String participants = CALLS + "/" + targets.callId() + "/participants";
        Arbitrary<String> list = Arbitraries.of(RECORDS, participants, CALLS, RECORDS + "/" + targets.callRecordId()
                + "/sessions");
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(80),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                        .ofMinLength(1).ofMaxLength(200),
                Arbitraries.strings().alpha().ofLength(2_049),
                Arbitraries.of("eyJhIjoxfQ", "e30", "bnVsbA", "W10", "eyJ0IjoiIiwiayI6W119", "%FF", "=", "..."),
                // a flipped character among the first 13 lands in the list's name ("callRecord", "participant"); a
                // flip further in can land in the key and still name a real position, which is a valid request
                Arbitraries.integers().between(0, 12).map(at -> tampered(targets.callRecordsPageToken(), at)),
                Arbitraries.integers().between(0, 12).map(at -> tampered(targets.participantsPageToken(), at)));
        Arbitrary<HostileRequest> foreign = Arbitraries.of(
                rest("a token of another list", "GET", participants + "?$skiptoken="
                        + encode(targets.callRecordsPageToken()), null, null),
                rest("a token of another list", "GET", RECORDS + "?$skiptoken="
                        + encode(targets.participantsPageToken()), null, null));
        Arbitrary<HostileRequest> garbage = Combinators.combine(list, Arbitraries.of("$skiptoken", "skiptoken"), token,
                        Arbitraries.of("", "odata.maxpagesize=-1", "odata.maxpagesize=abc", "odata.maxpagesize=0",
                                "odata.maxpagesize=99999999999999", "odata.maxpagesize=5, odata.maxpagesize=7"))
                .as((path, option, t, prefer) -> {
                    HostileRequest request = rest("bad page token", "GET", path + "?" + option + "=" + encode(t),
                            null, null);
                    return prefer.isEmpty() ? request : request.withHeaders(Map.of("Prefer", prefer));
                });
        return Arbitraries.oneOf(garbage, foreign);
    }

    private Arbitrary<HostileRequest> failedPreconditions() {
        String participant = CALLS + "/" + targets.callId() + "/participants/" + targets.participantId();
        String operation = CALLS + "/" + targets.callId() + "/operations/" + targets.operationId();
        String record = RECORDS + "/" + targets.callRecordId();
        Arbitrary<String> staleTag = Arbitraries.oneOf(
                Arbitraries.longs().between(1_000, Long.MAX_VALUE).map(v -> "\"" + v + "\""),
                Arbitraries.of("W/\"1\"", "\"-1\"", "garbage", "\"\"", "W/\"2\", \"x\"", "\"abc\"", "\"1.0\""));
        return Combinators.combine(Arbitraries.of(
                                restJson("If-Match that does not hold", "PATCH", participant,
                                        "{\"metadata\": \"stale write\"}"),
                                restJson("If-Match that does not hold", "PATCH", operation,
                                        "{\"clientContext\": \"stale write\"}"),
                                restJson("If-Match that does not hold", "PATCH", record,
                                        "{\"joinWebUrl\": \"https://example.test/stale\"}")),
                        staleTag)
                .as((request, tag) -> request.withHeaders(Map.of("If-Match", tag)));
    }

    // ---- GraphQL -------------------------------------------------------------------------------------------------

    private Arbitrary<HostileRequest> badGraphQl() {
        return Arbitraries.oneOf(graphQlNotJson(), graphQlWrongShape(), graphQlBadDocuments(),
                graphQlBadVariables(), graphQlWrongTransport());
    }

    private static Arbitrary<HostileRequest> graphQlNotJson() {
        byte[] valid = "{\"query\": \"{ calls(first: 5) { edges { node { id } } } }\"}".getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, valid.length - 1).map(cut ->
                        graphQl("truncated GraphQL request", "application/json", java.util.Arrays.copyOf(valid, cut))),
                randomBytes().map(bytes -> graphQl("random bytes to GraphQL", "application/json", bytes)),
                invalidUtf8().map(bad -> graphQl("invalid UTF-8 in a GraphQL request", "application/json",
                        concat("{\"query\": \"{ calls { edges { node { id ".getBytes(StandardCharsets.UTF_8), bad,
                                " } } } }\"}".getBytes(StandardCharsets.UTF_8)))));
    }

    private Arbitrary<HostileRequest> graphQlWrongShape() {
        return Arbitraries.of("[]", "[{\"query\": \"{ calls { edges { node { id } } } }\"}]", "\"query\"", "42",
                        "null", "{}", "{\"query\": null}", "{\"query\": 5}", "{\"query\": {\"a\": 1}}",
                        "{\"query\": [\"{ calls { pageInfo { hasNextPage } } }\"]}", "{\"query\": \"\"}",
                        "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\", \"variables\": \"x\"}",
                        "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\", \"variables\": [1]}",
                        "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\", \"operationName\": 5}",
                        "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\", \"operationName\": \"Nope\"}",
                        "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\", \"extensions\": \"x\"}",
                        "{\"query\": \"{ a }\", \"query\": \"{ b }\"}")
                .map(text -> graphQl("not a GraphQL request", "application/json",
                        text.getBytes(StandardCharsets.UTF_8)));
    }

    private Arbitrary<HostileRequest> graphQlBadDocuments() {
        String c = targets.callId();
        String p = targets.participantId();
        String r = targets.callRecordId();
        String valid = "{ calls(first: 5) { edges { node { id participants(first: 3) { edges { node { id } } } } } } }";
        Arbitrary<String> documents = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(100),
                Arbitraries.integers().between(1, valid.length() - 1).map(cut -> valid.substring(0, cut)),
                Arbitraries.integers().between(13, 600).map(depth ->
                        "{ " + "calls { edges { node { ".repeat(depth) + "id" + " } } }".repeat(depth) + " }"),
                Arbitraries.integers().between(20, 3_000).map(depth ->
                        "{ calls(after: " + "[".repeat(depth) + "1" + "]".repeat(depth) + ") { pageInfo { hasNextPage } } }"),
                Arbitraries.integers().between(4_000, 8_000).map(n ->
                        "{ " + "a: calls { pageInfo { hasNextPage } } ".repeat(n) + "}"),
                Arbitraries.integers().between(101, 5_000).map(n ->
                        "{ calls(first: " + n + ") { edges { node { participants(first: 100) { edges { node { "
                                + "info { identity { user { id displayName } } } } } } } } } }"),
                Arbitraries.of("{ nope }", "{ calls { nope } }", "{ call { id } }", "{ call(id: 5) { id } }",
                        "query { calls(first: \"five\") { pageInfo { hasNextPage } } }",
                        "{ calls(first: -1) { pageInfo { hasNextPage } } }",
                        "{ callRecords(filter: {startFrom: \"yesterday\"}) { pageInfo { hasNextPage } } }",
                        "{ calls(after: \"not-a-cursor\") { pageInfo { hasNextPage } } }",
                        "{ callRecords(after: \"%FF\") { pageInfo { hasNextPage } } }",
                        "{ participants(callId: \"" + c + "\", after: \"eyJhIjoxfQ\") { pageInfo { hasNextPage } } }",
                        "subscription { nope }", "fragment F on Call { id } { calls { edges { node { ...F ...F2 } } } }",
                        "query A { calls { pageInfo { hasNextPage } } } query A { calls { pageInfo { hasNextPage } } }",
                        "mutation { updateParticipant(input: {callId: \"" + c + "\", id: \"" + p + "\", isMuted: \"yes\"}) { participant { id } } }",
                        "mutation { updateParticipant(input: {callId: \"" + c + "\", id: \"" + p + "\", metadata: 5}) { participant { id } } }",
                        "mutation { updateParticipant(input: {callId: \"" + c + "\", id: \"" + p + "\", metadata: \"x\", ifMatch: \"\\\"99999\\\"\"}) { participant { id } } }",
                        "mutation { updateCallRecord(input: {id: \"" + r + "\", type: NOT_A_TYPE}) { callRecord { id } } }",
                        "mutation { updateCallRecord(input: {id: \"" + r + "\", version: \"x\"}) { callRecord { id } } }",
                        "mutation { updateCallRecord(input: {id: \"" + r + "\", endDateTime: \"1999-01-01T00:00:00Z\"}) { callRecord { id } } }",
                        "mutation { updateCallRecord(input: {id: \"" + r + "\", startDateTime: \"yesterday\"}) { callRecord { id } } }",
                        "mutation { createCall(input: {callbackUri: 5}) { call { id } } }",
                        "mutation { createCall(input: {}) { call { id } } }",
                        "mutation { hangUpCall(input: {callId: \"" + c + "\", nope: 1}) { call { id } } }",
                        "mutation { hangUpCall(input: {callId: \"no-such-call\"}) { call { id } } }",
                        "mutation { inviteParticipants(input: {callId: \"" + c + "\", participants: []}) { operation { id } } }",
                        "{ calls { pageInfo { hasNextPage } } } }"));
        return documents.map(document -> graphQl("bad GraphQL document", "application/json",
                bytes(NODES.objectNode().put("query", document))));
    }

    private Arbitrary<HostileRequest> graphQlBadVariables() {
        String participantMutation = "mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) "
                + "{ participant { id } } }";
        String recordMutation = "mutation($input: UpdateCallRecordInput!) { updateCallRecord(input: $input) "
                + "{ callRecord { id } } }";
        String pageQuery = "query($first: Int, $after: String) { calls(first: $first, after: $after) "
                + "{ pageInfo { hasNextPage } } }";
        Arbitrary<ObjectNode> requests = Arbitraries.oneOf(
                Arbitraries.of("{\"isMuted\": \"yes\"}", "{\"isMuted\": 1}", "{\"metadata\": {}}",
                                "{\"metadata\": [1]}", "{\"nope\": 1}", "{\"mediaStreams\": 5}",
                                "{\"metadata\": \"x\", \"ifMatch\": \"W/\\\"1\\\"\"}")
                        .map(extra -> {
                            ObjectNode input = object(extra).put("callId", targets.callId())
                                    .put("id", targets.participantId());
                            ObjectNode request = NODES.objectNode().put("query", participantMutation);
                            request.putObject("variables").set("input", input);
                            return request;
                        }),
                Arbitraries.of("{\"type\": \"String\"}", "{\"modalities\": [\"String\"]}", "{\"version\": \"x\"}",
                                "{\"version\": 1.5}", "{\"startDateTime\": \"yesterday\"}",
                                "{\"joinWebUrl\": \"https://x.test\", \"ifMatch\": \"\\\"123456\\\"\"}",
                                "{\"joinWebUrl\": \"https://x.test\", \"version\": 0}")
                        .map(extra -> {
                            ObjectNode input = object(extra).put("id", targets.callRecordId());
                            ObjectNode request = NODES.objectNode().put("query", recordMutation);
                            request.putObject("variables").set("input", input);
                            return request;
                        }),
                Arbitraries.of("{\"first\": \"x\"}", "{\"first\": 1.5}", "{\"first\": 99999999999}",
                                "{\"first\": -3}", "{\"after\": 5}", "{\"after\": \"garbage\"}",
                                "{\"first\": {\"a\": 1}}")
                        .map(variables -> {
                            ObjectNode request = NODES.objectNode().put("query", pageQuery);
                            request.set("variables", object(variables));
                            return request;
                        }),
                Arbitraries.just(NODES.objectNode().put("query", participantMutation)),
                tooDeep().map(deep -> {
                    ObjectNode request = NODES.objectNode().put("query", pageQuery);
                    request.putObject("variables").set("first", deep);
                    return request;
                }));
        Arbitrary<HostileRequest> deepText = Arbitraries.integers().between(400, 100_000).map(depth ->
                graphQl("GraphQL variables nesting " + depth + " deep", "application/json",
                        ("{\"query\": \"" + pageQuery + "\", \"variables\": {\"first\": " + "[".repeat(depth)
                                + "]".repeat(depth) + "}}").getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(requests.map(request -> graphQl("bad GraphQL variables", "application/json",
                bytes(request))), deepText);
    }

    private static Arbitrary<HostileRequest> graphQlWrongTransport() {
        byte[] valid = "{\"query\": \"{ calls { pageInfo { hasNextPage } } }\"}".getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(
                Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "garbage",
                                "multipart/form-data; boundary=x", "NONE")
                        .map(type -> graphQl("wrong content type to GraphQL", type.equals("NONE") ? null : type, valid)),
                Arbitraries.of("GET", "PUT", "DELETE", "PATCH")
                        .map(method -> graphQl("wrong method to GraphQL", "application/json",
                                method.equals("GET") ? null : valid).withMethod(method)));
    }

    // ---- bytes ---------------------------------------------------------------------------------------------------

    /** Random bytes that are not, by chance, one JSON object. */
    private static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300).filter(bytes -> {
            try {
                return !JSON.readTree(bytes).isObject();
            } catch (RuntimeException notJson) {
                return true;
            }
        });
    }

    /** Byte sequences that no UTF-8 decoder accepts. */
    private static Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C, 0x28},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFE},
                new byte[] {(byte) 0xE2, (byte) 0x82});
    }

    private static byte[] padded(String head, int size, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[Math.max(size, start.length + end.length)];
        java.util.Arrays.fill(body, (byte) 'x');
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        return body;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String tampered(String token, int at) {
        char[] chars = token.toCharArray();
        int i = at % chars.length;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String percentBytes(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    // ---- JSON ----------------------------------------------------------------------------------------------------

    private static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    private static ArrayNode array(String json) {
        return (ArrayNode) JSON.readTree(json);
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    /** Sets {@code value} at a dotted path, creating objects on the way. */
    private static void put(ObjectNode body, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        ObjectNode at = body;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = at.get(steps[i]);
            at = next instanceof ObjectNode object ? object : at.putObject(steps[i]);
        }
        at.set(steps[steps.length - 1], value);
    }
}
