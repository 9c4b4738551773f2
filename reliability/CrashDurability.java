import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Crash durability under kill -9 (reliability/README.md). For one database at a time: start the application jar,
 * put a concurrent write load on it (calls, participants, invitations, participant PATCHes, callRecords with sessions
 * and segments, callRecord PATCHes), kill it with SIGKILL at a random moment, check the database for half-written
 * aggregates, start it again and check that every write that got a 2xx is there with the state it was acknowledged
 * with (or a later one). Several rounds; a last restart checks every acknowledged write of the whole run.
 *
 * <p>Run by {@code reliability/crash.sh}, which builds the jar and puts the H2 and PostgreSQL drivers on the class
 * path: {@code java -cp <drivers> reliability/CrashDurability.java --jar <app.jar> --db h2|postgres --rounds 10
 * --work <dir>}. Prints one result line, {@code RESULT db=… sent=… acknowledged=… lost=… 5xx=… …}; exits 1 when
 * anything was lost, a 5xx came back, or an aggregate was half-written.
 */
public final class CrashDurability {

    private static final String TENANT = "7f3c0000-1111-4222-8333-444455556666";
    private static final int CLIENTS = 8;

    // ---- what the server acknowledged -------------------------------------------------------------------------

    /** A write the server answered with a 2xx, and what it said. */
    sealed interface Ack permits CallAck, ParticipantAck, OperationAck, RecordAck {
    }

    record CallAck(String callId) implements Ack {
    }

    /** {@code metadata} is what this write set, null for the creation. */
    record ParticipantAck(String callId, String participantId, long version, String metadata) implements Ack {
    }

    record OperationAck(String callId, String operationId) implements Ack {
    }

    /** {@code joinWebUrl} is what this write set, null for the creation. */
    record RecordAck(String recordId, long version, String joinWebUrl) implements Ack {
    }

    private final Path jar;
    private final String db;
    private final int rounds;
    private final Path work;
    private final String pgAdminUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Ack> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> participantsByCall = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> recordVersions = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<Ack> lost = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
    private String base;
    private String token;
    private String sinkUrl;

    private CrashDurability(Path jar, String db, int rounds, Path work, String pgAdminUrl) {
        this.jar = jar;
        this.db = db;
        this.rounds = rounds;
        this.work = work;
        this.pgAdminUrl = pgAdminUrl;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        CrashDurability run = new CrashDurability(Path.of(options.get("jar")), options.getOrDefault("db", "h2"),
                Integer.parseInt(options.getOrDefault("rounds", "10")), Path.of(options.get("work")),
                options.getOrDefault("pg-admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        System.exit(run.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(work);
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/callback", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        sink.start();
        sinkUrl = "http://127.0.0.1:" + sink.getAddress().getPort() + "/callback";
        freshDatabase();
        long started = System.nanoTime();
        int verifiedUpTo = 0;
        for (int round = 1; round <= rounds; round++) {
            Process app = start("round-" + round);
            verifiedUpTo = verify(verifiedUpTo, "after restart " + round);
            long killAfter = ThreadLocalRandom.current().nextLong(2000, 10000);
            load(app, killAfter);
            checkWholeAggregates("after kill " + round);
            log("round %d: killed after %d ms of load; %d sent, %d acknowledged so far", round, killAfter, sent.get(),
                    acknowledged.size());
        }
        Process last = start("final");
        verify(0, "final restart (every acknowledged write)");
        last.destroy(); // SIGTERM: a clean stop
        last.waitFor(30, TimeUnit.SECONDS);
        sink.stop(0);
        refusals.forEach((why, count) -> log("refused: %s x%d", why, count.get()));
        long halfWritten = problems.stream().filter(p -> p.startsWith("HALF")).count();
        System.out.printf("RESULT db=%s rounds=%d sent=%d acknowledged=%d unanswered=%d refused4xx=%d 5xx=%d lost=%d"
                        + " halfWritten=%d seconds=%d%n", db, rounds, sent.get(), acknowledged.size(),
                unanswered.get(), refused.get(), serverErrors.get(), lost.size(), halfWritten,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return lost.isEmpty() && halfWritten == 0 && serverErrors.get() == 0 && problems.isEmpty();
    }

    // ---- the application --------------------------------------------------------------------------------------

    private Process start(String name) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-jar", jar.toString(),
                "--server.port=" + port,
                "--switchboard.data-dir=" + work.resolve("data"),
                "--switchboard.throttling.enabled=false",
                "--logging.structured.format.console="));
        if (db.equals("postgres")) {
            command.addAll(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + postgresUrl("switchboard_reliability"),
                    "--spring.datasource.username=", "--spring.datasource.password=",
                    "--switchboard.security.local-issuer.enabled=true"));
        }
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("app-" + db + "-" + name + ".log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        Instant deadline = Instant.now().plusSeconds(600); // a busy two-core machine can take minutes
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application ended at start; see " + work);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the application did not get ready; see " + work);
            }
            Thread.sleep(200);
        }
        if (token == null) {
            String body = "{\"tenantId\": \"" + TENANT + "\", \"expiresInSeconds\": 86400}";
            token = Json.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/dev/token"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).string("access_token");
        }
        return app;
    }

    // ---- the load ---------------------------------------------------------------------------------------------

    private void load(Process app, long killAfterMillis) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        oneWrite();
                    } catch (RuntimeException e) {
                        problems.add("CLIENT " + e);
                    }
                }
            });
        }
        Thread.sleep(killAfterMillis);
        app.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed on the way out
        running.set(false);
        app.waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void oneWrite() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int pick = random.nextInt(100);
        if (calls.size() < 5 || pick < 15) {
            send("POST", "/v1.0/communications/calls", """
                    {"callbackUri": "%s", "targets": [{"identity": {"user": {"id": "rosa", "displayName": "Rosa"}}}],
                     "requestedModalities": ["audio"],
                     "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"}}""".formatted(sinkUrl),
                    null).ifPresent(r -> {
                        String id = r.json().string("id");
                        acknowledged.add(new CallAck(id));
                        calls.add(id);
                    });
            return;
        }
        String call = calls.get(random.nextInt(calls.size()));
        List<String> participants = participantsByCall.getOrDefault(call, List.of());
        if (pick < 35 || participants.isEmpty()) {
            send("POST", "/v1.0/communications/calls/" + call + "/participants", """
                    {"info": {"identity": {"user": {"id": "u-%s", "displayName": "Heidi"}}, "endpointType": "default"},
                     "mediaStreams": [{"mediaType": "audio", "sourceId": "1", "direction": "sendReceive",
                                       "serverMuted": false}],
                     "isMuted": false, "isInLobby": false}""".formatted(UUID.randomUUID()), null).ifPresent(r -> {
                        String id = r.json().string("id");
                        acknowledged.add(new ParticipantAck(call, id, r.version(), null));
                        participantsByCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>()).add(id);
                    });
        } else if (pick < 60) {
            String participant = participants.get(random.nextInt(participants.size()));
            String metadata = "m-" + UUID.randomUUID();
            send("PATCH", "/v1.0/communications/calls/" + call + "/participants/" + participant,
                    "{\"metadata\": \"" + metadata + "\", \"isMuted\": " + random.nextBoolean() + "}", "*")
                    .ifPresent(r -> acknowledged.add(new ParticipantAck(call, participant, r.version(), metadata)));
        } else if (pick < 70) {
            send("POST", "/v1.0/communications/calls/" + call + "/participants/invite",
                    "{\"participants\": [{\"identity\": {\"user\": {\"id\": \"i-" + UUID.randomUUID()
                            + "\"}}}], \"clientContext\": \"crash\"}", null)
                    .ifPresent(r -> acknowledged.add(new OperationAck(call, r.json().string("id"))));
        } else if (pick < 85 || recordVersions.isEmpty()) {
            Instant start = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(10_000_000));
            send("POST", "/v1.0/communications/callRecords", recordWithTwoSessions(start), null).ifPresent(r -> {
                String id = r.json().string("id");
                acknowledged.add(new RecordAck(id, r.version(), null));
                recordVersions.put(id, new AtomicLong(r.version()));
            });
        } else {
            List<String> records = new ArrayList<>(recordVersions.keySet());
            String record = records.get(random.nextInt(records.size()));
            long next = recordVersions.get(record).get() + 1 + random.nextInt(3);
            String url = "https://teams.example.test/" + UUID.randomUUID();
            send("PATCH", "/v1.0/communications/callRecords/" + record,
                    "{\"version\": " + next + ", \"joinWebUrl\": \"" + url + "\"}", null).ifPresent(r -> {
                        acknowledged.add(new RecordAck(record, r.version(), url));
                        recordVersions.get(record).accumulateAndGet(r.version(), Math::max);
                    });
        }
    }

    /** A record the checks recognise: exactly two sessions, one segment each, one participant. */
    private static String recordWithTwoSessions(Instant start) {
        String s0 = start.toString();
        String s1 = start.plusSeconds(300).toString();
        String s2 = start.plusSeconds(600).toString();
        return """
                {"type": "groupCall", "modalities": ["audio"], "startDateTime": "%1$s", "endDateTime": "%3$s",
                 "participants_v2": [{"id": "p-%4$s", "identity": {"user": {"id": "p-%4$s", "displayName": "P"}}}],
                 "sessions": [
                   {"id": "s-1", "modalities": ["audio"], "startDateTime": "%1$s", "endDateTime": "%2$s",
                    "segments": [{"id": "g-1", "startDateTime": "%1$s", "endDateTime": "%2$s", "media": []}]},
                   {"id": "s-2", "modalities": ["audio"], "startDateTime": "%2$s", "endDateTime": "%3$s",
                    "segments": [{"id": "g-2", "startDateTime": "%2$s", "endDateTime": "%3$s", "media": []}]}]}"""
                .formatted(s0, s1, s2, UUID.randomUUID());
    }

    /** Sends one write; the 2xx answer, if it got one. Counts everything else. */
    private Optional<Answer> send(String method, String path, String json, String ifMatch) {
        sent.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException killed) {
            unanswered.incrementAndGet(); // the process died under it: not acknowledged, may or may not be stored
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.incrementAndGet();
            problems.add("5xx " + status + " " + method + " " + path + ": " + response.body());
            log("5xx %d %s %s: %s", status, method, path, response.body());
            return Optional.empty();
        }
        if (status >= 400) {
            refused.incrementAndGet(); // e.g. a callRecord PATCH that lost a race to a higher version (409)
            String code = Optional.ofNullable(Json.parse(response.body()).string("error")).orElse("");
            refusals.computeIfAbsent(status + " " + method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " "
                    + code.replaceAll(".*code=([^,}]*).*", "$1"), k -> new AtomicLong()).incrementAndGet();
            return Optional.empty();
        }
        return Optional.of(new Answer(response));
    }

    record Answer(HttpResponse<String> response) {

        Json json() {
            return Json.parse(response.body());
        }

        long version() {
            return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
        }
    }

    // ---- the checks -------------------------------------------------------------------------------------------

    /** Every acknowledged write from {@code from} on is present with its state or a later one; returns the end. */
    private int verify(int from, String when) throws Exception {
        List<Ack> toCheck = List.copyOf(acknowledged.subList(from, acknowledged.size()));
        for (Ack ack : toCheck) {
            if (ack instanceof CallAck call) {
                if (get("/v1.0/communications/calls/" + call.callId()).isEmpty()) {
                    lose(call, when);
                }
            } else if (ack instanceof OperationAck op) {
                if (get("/v1.0/communications/calls/" + op.callId() + "/operations/" + op.operationId()).isEmpty()) {
                    lose(op, when);
                }
            } else if (ack instanceof ParticipantAck p) {
                Optional<Answer> read = get("/v1.0/communications/calls/" + p.callId() + "/participants/"
                        + p.participantId());
                if (read.isEmpty() || read.get().version() < p.version()) {
                    lose(p, when);
                } else if (p.metadata() != null && read.get().version() == p.version()
                        && !p.metadata().equals(read.get().json().string("metadata"))) {
                    lose(p, when);
                }
            } else if (ack instanceof RecordAck r) {
                Optional<Answer> read = get("/v1.0/communications/callRecords/" + r.recordId()
                        + "?$expand=sessions($expand=segments)");
                if (read.isEmpty() || read.get().version() < r.version()) {
                    lose(r, when);
                } else if (r.joinWebUrl() != null && read.get().version() == r.version()
                        && !r.joinWebUrl().equals(read.get().json().string("joinWebUrl"))) {
                    lose(r, when);
                }
            }
        }
        log("%s: %d acknowledged writes checked", when, toCheck.size());
        return from + toCheck.size();
    }

    private void lose(Ack ack, String when) {
        if (lost.add(ack)) {
            problems.add("LOST " + ack + ", found missing at the " + when);
            log("LOST %s, found missing at the %s", ack, when);
        }
    }

    private Optional<Answer> get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            problems.add("READ " + response.statusCode() + " " + path + ": " + response.body());
            return Optional.empty();
        }
        return Optional.of(new Answer(response));
    }

    /**
     * No aggregate is half-written, for every row in the database, acknowledged or not (a write cut by the kill
     * either happened whole or not at all). Each query lists what would break an aggregate; all must be empty.
     */
    private void checkWholeAggregates(String when) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("a call without its roster counter",
                "select c.id from calls c left join call_rosters r on r.tenant_id = c.tenant_id and r.call_id = c.id"
                        + " where r.call_id is null");
        checks.put("a call without its own participant (the application, first on the roster)",
                "select c.id from calls c left join participants p on p.tenant_id = c.tenant_id"
                        + " and p.call_id = c.id and p.id = c.my_participant_id where p.id is null");
        checks.put("a participant of no call",
                "select p.id from participants p left join calls c on c.tenant_id = p.tenant_id and c.id = p.call_id"
                        + " where c.id is null");
        checks.put("a participant numbered past its roster's counter",
                "select p.id from participants p join call_rosters r on r.tenant_id = p.tenant_id"
                        + " and r.call_id = p.call_id where p.roster_sequence_number > r.last_number");
        checks.put("an operation of no call",
                "select o.id from operations o left join calls c on c.tenant_id = o.tenant_id and c.id = o.call_id"
                        + " where c.id is null");
        checks.put("an invitation without its invitees",
                "select o.id from operations o where o.invitees is null and o.kind = 'inviteParticipants'");
        checks.put("a callRecord of this load without exactly its two sessions",
                "select r.id from call_records r left join call_record_sessions s on s.tenant_id = r.tenant_id"
                        + " and s.call_record_id = r.id where r.tenant_id = '" + TENANT + "'"
                        + " group by r.id having count(s.ordinal) <> 2");
        checks.put("a session of this load without exactly its one segment",
                "select s.call_record_id from call_record_sessions s left join call_record_segments g"
                        + " on g.tenant_id = s.tenant_id and g.call_record_id = s.call_record_id"
                        + " and g.session_ordinal = s.ordinal where s.tenant_id = '" + TENANT + "'"
                        + " group by s.call_record_id, s.ordinal having count(g.ordinal) <> 1");
        checks.put("a callRecord of this load without its participant",
                "select r.id from call_records r left join call_record_participants p on p.tenant_id = r.tenant_id"
                        + " and p.call_record_id = r.id where r.tenant_id = '" + TENANT + "'"
                        + " group by r.id having count(p.participant_id) <> 1");
        try (Connection connection = DriverManager.getConnection(databaseUrl());
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet rows = statement.executeQuery(check.getValue())) {
                    while (rows.next()) {
                        problems.add("HALF " + check.getKey() + ": " + rows.getString(1) + " " + when);
                        log("HALF-WRITTEN %s: %s %s", check.getKey(), rows.getString(1), when);
                    }
                }
            }
        }
    }

    // ---- databases ----------------------------------------------------------------------------------------------

    private void freshDatabase() throws Exception {
        if (db.equals("postgres")) {
            try (Connection admin = DriverManager.getConnection(pgAdminUrl);
                 Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists switchboard_reliability with (force)");
                statement.execute("create database switchboard_reliability");
            }
        } else {
            Path data = work.resolve("data");
            if (Files.exists(data)) {
                try (var files = Files.walk(data)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private String databaseUrl() {
        return db.equals("postgres") ? postgresUrl("switchboard_reliability")
                : "jdbc:h2:file:" + work.resolve("data").resolve("switchboard").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;USER=sa;PASSWORD=";
    }

    private String postgresUrl(String database) {
        return pgAdminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    private static void log(String format, Object... args) {
        System.out.printf("[crash] " + format + "%n", args);
    }

    // ---- a small JSON reader (the harness has no libraries beyond the JDBC drivers) -----------------------------

    /** Just enough JSON to read the fields the checks need from an object. */
    static final class Json {

        private final Map<String, Object> fields;

        private Json(Map<String, Object> fields) {
            this.fields = fields;
        }

        static Json parse(String text) {
            Object value = new Reader(text).value();
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            return new Json(fields);
        }

        String string(String name) {
            Object value = fields.get(name);
            return value == null ? null : value.toString();
        }

        private static final class Reader {
            private final String text;
            private int at;

            Reader(String text) {
                this.text = text;
            }

            Object value() {
                skipSpace();
                char c = text.charAt(at);
                if (c == '{') {
                    Map<String, Object> object = new LinkedHashMap<>();
                    at++;
                    skipSpace();
                    if (text.charAt(at) == '}') {
                        at++;
                        return object;
                    }
                    while (true) {
                        skipSpace();
                        String key = (String) value();
                        skipSpace();
                        at++; // ':'
                        object.put(key, value());
                        skipSpace();
                        if (text.charAt(at++) == '}') {
                            return object;
                        }
                    }
                }
                if (c == '[') {
                    List<Object> array = new ArrayList<>();
                    at++;
                    skipSpace();
                    if (text.charAt(at) == ']') {
                        at++;
                        return array;
                    }
                    while (true) {
                        array.add(value());
                        skipSpace();
                        if (text.charAt(at++) == ']') {
                            return array;
                        }
                    }
                }
                if (c == '"') {
                    StringBuilder string = new StringBuilder();
                    at++;
                    while (text.charAt(at) != '"') {
                        char next = text.charAt(at++);
                        if (next == '\\') {
                            char escaped = text.charAt(at++);
                            switch (escaped) {
                                case 'n' -> string.append('\n');
                                case 't' -> string.append('\t');
                                case 'r' -> string.append('\r');
                                case 'b' -> string.append('\b');
                                case 'f' -> string.append('\f');
                                case 'u' -> {
                                    string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                                    at += 4;
                                }
                                default -> string.append(escaped);
                            }
                        } else {
                            string.append(next);
                        }
                    }
                    at++;
                    return string.toString();
                }
                int start = at;
                while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                String literal = text.substring(start, at);
                return literal.equals("null") ? null : literal;
            }

            private void skipSpace() {
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            }
        }
    }

    static {
        // the JDBC drivers come on the class path; make sure they registered
        for (String driver : List.of("org.h2.Driver", "org.postgresql.Driver")) {
            try {
                Class.forName(driver);
            } catch (ClassNotFoundException e) {
                throw new ExceptionInInitializerError("put " + driver + " on the class path (crash.sh does)");
            }
        }
    }

}
