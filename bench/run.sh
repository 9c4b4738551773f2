#!/usr/bin/env bash
# Switchboard's benchmark suite: bench/README.md says what it measures and how to read it.
#
#   bench/run.sh            the full suite on H2 and PostgreSQL, figures into bench/RESULTS.md (about 50 minutes)
#   bench/quick.sh          the same steps, small and short, H2 only, figures on stdout (under 3 minutes)
#
# Every setting below can be overridden from the environment (BENCH_*).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
cd "$ROOT"

DBS=${BENCH_DBS:-h2 postgres}                       # databases, in this order
WARMUP=${BENCH_WARMUP:-240}                         # seconds of mixed load before any measurement, after each start: the
                                                    # JIT compiles for about 3.5 min of it on 2 cores (bench/RESULTS.md)
PRIME=${BENCH_PRIME:-5}                             # seconds of a scenario's own load just before it is measured
CEILING_PRIME=${BENCH_CEILING_PRIME:-15}            # ... for the ceiling, which the mixed warm-up hardly exercises
DURATION=${BENCH_DURATION:-20}                      # seconds measured per scenario
SOAK=${BENCH_SOAK:-300}                             # seconds of mixed load watched for memory growth (0: none)
THREADS=2
CONNECTIONS=32
HEAP=${BENCH_HEAP:-256m}
PORT=${BENCH_PORT:-18080}
SINK_PORT=${BENCH_SINK_PORT:-18099}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PG_DB=${BENCH_PG_DB:-switchboard_bench}             # dropped and created again for every run
OUT=${BENCH_OUT:-$BENCH_DIR/RESULTS.md}             # "-" prints the table instead of writing a file
BUILD=${BENCH_BUILD:-1}                             # 0: use the jar that is there
JFR=${BENCH_JFR:-0}                                 # 1: record a JFR profile of each app run into bench/profiles/
H2_FS=${BENCH_H2_FS-}                                # set: the app opens H2 through this file system prefix instead of its default URL; README: "H2 and interrupts"
SMALL_PHASE=${BENCH_SMALL_PHASE:-1}                 # 0: skip the app run on the small data set (no deep/small ratio)

export HOT_CALLS=${BENCH_HOT_CALLS:-100}            # calls whose participants GET/PATCH hit
export HOT_PARTS=${BENCH_HOT_PARTS:-10}             # participants in each of them
export INV_CALLS=${BENCH_INV_CALLS:-500}            # calls that invitations go to
export BIG_PARTICIPANTS=${BENCH_BIG_PARTICIPANTS:-100000}
export SMALL_PARTICIPANTS=100
export NREC=${BENCH_RECORDS:-1000000}               # callRecords of the tenant in the full data set
export SMALL_RECORDS=${BENCH_SMALL_RECORDS:-1000}   # ... in the small one
export REC_BASE=1704067200                          # 2024-01-01T00:00:00Z: record k starts k minutes later
export REC_STEP=60
LUA_NREC=$NREC                                      # records the Lua scripts pick from, per phase
DEEP_PARTICIPANT_PAGE=${BENCH_DEEP_PARTICIPANT_PAGE:-$((BIG_PARTICIPANTS / 100))}   # 100 a page: the last one
DEEP_RECORD_PAGE=${BENCH_DEEP_RECORD_PAGE:-$((NREC * 9 / 10 / 60))}                 # 60 a page: 90% deep

TENANT=00000000-0000-0000-0000-000000000001         # also the unauthenticated default, so the seed fits both
APPLICATION=00000000-0000-0000-0000-000000000002
ROLES='["Calls.Initiate.All","Calls.InitiateGroupCall.All","Calls.JoinGroupCall.All","Calls.AccessMedia.All","CallRecords.Read.All","CallRecords.ReadWrite.All"]'
CEILING_PATH=${BENCH_CEILING_PATH:-/actuator/health/liveness}
RECORD_FILTER='$filter=startDateTime%20ge%202024-01-01T00:00:00Z%20and%20startDateTime%20lt%202026-01-01T00:00:00Z'
BIG_CALL=b3000000-0000-4000-8000-000000000001
SMALL_CALL=b4000000-0000-4000-8000-000000000001
BASE=http://127.0.0.1:$PORT

WORK=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-bench.XXXXXX")
RESULTS=$WORK/results.tsv      # db phase name rps p50_us p99_us max_us status_errors socket_errors requests notifications rss_kb drain_s
FACTS=$WORK/facts.tsv          # db key value
APP_PID=""
SINK_PID=""
SAMPLER_PID=""
TOKEN=""
: >"$RESULTS"
: >"$FACTS"

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
fact() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$FACTS"; }

# --- tools ---------------------------------------------------------------------------------------------------------

need_tools() {
    local missing=()
    for tool in wrk curl jq; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]} from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
    fi
    command -v java >/dev/null || die "java (17 or newer) is needed"
    if [[ " $DBS " == *" postgres "* ]]; then
        command -v psql >/dev/null || die "psql is needed for the PostgreSQL run (apt-get install postgresql-client)"
        if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; then
            log "PostgreSQL is down; starting the local cluster"
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
            for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && break; sleep 1; done
        fi
        pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || die "PostgreSQL is not answering on $PG_HOST:$PG_PORT"
    fi
    for port in "$PORT" "$SINK_PORT"; do
        if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then die "port $port is taken"; fi
    done
}

# --- processes: only the ones this script started are ever stopped -------------------------------------------------

cleanup() {
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
        if [[ " $DBS " == *" postgres "* ]] && [ -z "${BENCH_REPORT_FROM:-}" ]; then
            psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "drop database if exists $PG_DB with (force)" \
                >/dev/null 2>&1 || true
        fi
    fi
}
trap cleanup EXIT

start_sink() {
    java -Xmx32m -XX:TieredStopAtLevel=1 "$BENCH_DIR/lib/CallbackSink.java" "$SINK_PORT" >"$WORK/sink.log" 2>&1 &
    SINK_PID=$!
    for _ in $(seq 1 60); do sink_count >/dev/null 2>&1 && return 0; sleep 0.5; done
    die "the callback sink did not start (see $WORK/sink.log)"
}

sink_count() { curl -sf --max-time 2 "http://127.0.0.1:$SINK_PORT/count"; }

JAR=""
build() {
    if [ "$BUILD" = 1 ]; then
        log "building (./mvnw -B -q -DskipTests package)"
        ./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1 || { tail -50 "$WORK/build.log"; die "build"; }
    fi
    JAR=$(ls app/target/app-*.jar 2>/dev/null | grep -v -e '-plain' -e 'sources' | head -1)
    [ -f "$JAR" ] || die "no app jar under app/target (run without BENCH_BUILD=0)"
    # the H2 tools of the very version the app runs, for seeding the embedded database
    (cd "$WORK" && unzip -q -o -j "$ROOT/$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK")
    H2_JAR=$(ls "$WORK"/h2-*.jar | head -1)
}

# --- databases -----------------------------------------------------------------------------------------------------

H2_URL_REST="$WORK/h2/switchboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"   # as application.yml
h2_url() { echo "jdbc:h2:file:$H2_URL_REST"; }

db_reset() {
    case $1 in
        h2) rm -rf "$WORK/h2"; mkdir -p "$WORK/h2" ;;
        postgres)
            psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
                -c "drop database if exists $PG_DB with (force)" -c "create database $PG_DB" >/dev/null ;;
    esac
}

sql_run() { # sql_run DB FILE
    case $1 in
        h2) java -Xmx1g -cp "$H2_JAR" org.h2.tools.RunScript -url "$(h2_url)" -user sa -password "" -script "$2" ;;
        postgres) psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -q -v ON_ERROR_STOP=1 -f "$2" >/dev/null ;;
    esac
}

db_size() {
    case $1 in
        h2) du -sh "$WORK/h2" | cut -f1 ;;
        postgres) psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -At \
                      -c "select pg_size_pretty(pg_database_size('$PG_DB'))" ;;
    esac
}

# --- the app -------------------------------------------------------------------------------------------------------

MARK=$WORK/mark
app_start() { # app_start DB LABEL
    # the JVM settings the README recommends (section "Memory"): the serial collector, whose bookkeeping is a
    # fraction of G1's on a small heap, a heap that starts at 96 MB and grows only as live data needs it (the default
    # starts it at the maximum), a fixed 64 MB young generation, and two malloc arenas
    local db=$1 label=$2 args=(-Xmx"$HEAP" -Xms96m -Xmn64m -XX:+UseSerialGC)
    [ "$JFR" = 1 ] && args+=("-XX:StartFlightRecording=filename=$WORK/$db-$label.jfr,settings=${BENCH_JFR_SETTINGS:-default}")
    # Graph's per-application request limits (throttling, where the app has it) would measure the limiter, not the
    # service: one bench client is one application in one tenant
    args+=(-jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --switchboard.data-dir="$WORK/h2"
        --switchboard.throttling.enabled=false
        # tokens from the app's own issuer (POST /dev/token) on PostgreSQL too, where the profile expects a real one
        --switchboard.security.local-issuer.enabled=true)
    if [ "$db" = postgres ]; then
        MALLOC_ARENA_MAX=2 SPRING_PROFILES_ACTIVE=postgres SWITCHBOARD_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" \
            SWITCHBOARD_DB_USER="$PG_USER" java "${args[@]}" >"$WORK/app-$db-$label.log" 2>&1 &
    else
        [ -n "$H2_FS" ] && args+=(--spring.datasource.url="jdbc:h2:${H2_FS}file:${H2_URL_REST}")
        MALLOC_ARENA_MAX=2 java "${args[@]}" >"$WORK/app-$db-$label.log" 2>&1 &
    fi
    APP_PID=$!
    local started=$SECONDS
    until curl -sf --max-time 2 "$BASE/actuator/health" >/dev/null 2>&1; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app-$db-$label.log"; die "the app exited on start"; }
        ((SECONDS - started < 180)) || die "the app was not healthy within 180 s"
        sleep 0.5
    done
    fact "$db" "startup_s_$label" "$((SECONDS - started))"
    echo idle >"$MARK"
    ( while kill -0 "$APP_PID" 2>/dev/null; do
          awk -v t="$(date +%s)" -v m="$(cat "$MARK")" \
              '/^VmRSS/ {r=$2} /^VmHWM/ {h=$2} END {print t, r, h, m}' "/proc/$APP_PID/status" 2>/dev/null
          sleep 1
      done ) >>"$WORK/rss-$db-$label.log" &
    SAMPLER_PID=$!
    TOKEN=$(fetch_token)
    if [ -n "$TOKEN" ]; then # does the ceiling's path check a token it is sent? (a broken one must be refused)
        fact "$db" ceiling_checks_token "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer x.y.z' "$BASE$CEILING_PATH")"
    fi
    log "app up on $db ($label) in $((SECONDS - started)) s, pid $APP_PID, token: $([ -n "$TOKEN" ] && echo yes || echo "none (no /dev/token)")"
}

app_stop() { # app_stop DB LABEL
    local hwm
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
    fact "$1" "vmhwm_kb_$2" "$hwm"
    kill "$APP_PID"
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$APP_PID" 2>/dev/null && die "the app did not stop within 30 s"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    kill "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
}

fetch_token() { # a token from /dev/token while the app has one; otherwise none (the app is unauthenticated)
    local code
    code=$(curl -s -o "$WORK/token.json" -w '%{http_code}' -X POST "$BASE/dev/token" -H 'Content-Type: application/json' \
        -d "{\"tenantId\":\"$TENANT\",\"applicationId\":\"$APPLICATION\",\"roles\":$ROLES}")
    if [ "$code" = 200 ]; then jq -r .access_token "$WORK/token.json"; else echo ""; fi
}

# curl with the token; prints the body, fails unless the status is 2xx
api() { # api METHOD PATH [BODY]
    local method=$1 path=$2 code auth=()
    [ -n "$TOKEN" ] && auth=(-H "Authorization: Bearer $TOKEN")
    if [ $# -ge 3 ]; then
        code=$(curl -s -o "$WORK/api.out" -w '%{http_code}' -X "$method" "$BASE$path" "${auth[@]}" \
            -H 'Content-Type: application/json' --data-binary "$3")
    else
        code=$(curl -s -o "$WORK/api.out" -w '%{http_code}' -X "$method" "$BASE$path" "${auth[@]}")
    fi
    [[ $code == 2?? ]] || { head -c 600 "$WORK/api.out" >&2; echo >&2; die "$method $path answered $code"; }
    cat "$WORK/api.out"
}

# --- seeding -------------------------------------------------------------------------------------------------------

# shellcheck source=lib/seed-sql.sh
source "$BENCH_DIR/lib/seed-sql.sh"

seed() { # seed DB: the small data set (the app writes templates through the API, SQL clones them)
    local db=$1 rest=app/src/test/resources/rest tcall tpart trec
    export SEED_DIALECT=$db
    db_reset "$db"
    app_start "$db" templates
    tcall=$(api POST /v1.0/communications/calls \
        "$(jq --arg cb "http://127.0.0.1:$SINK_PORT/callback" '.callbackUri = $cb' $rest/group-call.json)" | jq -r .id)
    tpart=$(api POST "/v1.0/communications/calls/$tcall/participants" "$(cat $rest/participant.json)" | jq -r .id)
    trec=$(api POST /v1.0/communications/callRecords "$(jq '.startDateTime = "2023-06-01T09:00:00Z"
        | .endDateTime = "2023-06-01T09:30:00Z" | .sessions[0].startDateTime = "2023-06-01T09:00:00Z"
        | .sessions[0].endDateTime = "2023-06-01T09:30:00Z" | .sessions[0].segments[0].startDateTime = "2023-06-01T09:00:00Z"
        | .sessions[0].segments[0].endDateTime = "2023-06-01T09:30:00Z"' $rest/call-record.json)" | jq -r .id)
    app_stop "$db" templates
    local started=$SECONDS
    {
        seed_small_sql "$tcall" "$tpart" "$trec"
        # without a run on the small data set, the full one goes in the same script (one JVM start less for H2)
        [ "$SMALL_PHASE" = 1 ] || seed_big_sql
        analyze_sql
    } >"$WORK/seed-small-$db.sql"
    sql_run "$db" "$WORK/seed-small-$db.sql"
    fact "$db" seed_small_s "$((SECONDS - started))"
    log "seeded the small data set on $db in $((SECONDS - started)) s"
}

seed_big() { # seed_big DB (app stopped)
    local db=$1 started=$SECONDS
    export SEED_DIALECT=$db
    { seed_big_sql; analyze_sql; } >"$WORK/seed-big-$db.sql"
    sql_run "$db" "$WORK/seed-big-$db.sql"
    fact "$db" seed_big_s "$((SECONDS - started))"
    fact "$db" db_size "$(db_size "$db")"
    log "seeded the full data set on $db in $((SECONDS - started)) s ($(db_size "$db"))"
}

# --- reading the seed back through the API -------------------------------------------------------------------------

part_id() { printf 'a0000000-0000-4000-8000-%012d' "$1"; }
rec_id() { printf 'c0000000-0000-4000-8000-%012d' "$1"; }
rec_iso() { date -u -d "@$((REC_BASE + $1 * REC_STEP))" +%Y-%m-%dT%H:%M:%SZ; }
expect() { [ "$1" = "$2" ] || die "read back $3: expected '$2', got '$1'"; }

b64url_decode() { local s; s=$(tr '_-' '/+' <<<"$1"); while ((${#s} % 4)); do s+="="; done; base64 -d <<<"$s"; }
b64url_encode() { printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }

# deep_path FIRST_PAGE_JSON AFTER_PARTS... : the path of the page after the item whose cursor key parts are given,
# made from page 1's nextLink by putting those key parts in its token (then checked by reading the page)
deep_path() {
    local next token plain kind
    next=$(jq -r '."@odata.nextLink"' <<<"$1")
    [ "$next" != null ] || die "page 1 has no nextLink"
    token=${next##*\$skiptoken=}; token=${token%%&*}
    plain=$(b64url_decode "$token")
    kind=${plain%%$'\x1f'*}
    shift
    local IFS=$'\x1f'
    token=$(b64url_encode "$kind"$'\x1f'"$*")
    next=$(sed "s/\\\$skiptoken=[^&]*/\\\$skiptoken=$token/" <<<"$next")
    echo "/${next#*://*/}"
}

DEEP_PARTICIPANTS_PATH=""; FIRST_PARTICIPANTS_PATH=""; FIRST_RECORDS_PATH=""; DEEP_RECORDS_PATH=""
SMALL_PARTICIPANTS_PATH=/v1.0/communications/calls/$SMALL_CALL/participants
verify_small() {
    local body n
    body=$(api GET "/v1.0/communications/calls/b1000000-0000-4000-8000-000000000001/participants/$(part_id 1)")
    expect "$(jq -r .info.participantId <<<"$body")" "$(part_id 1)" "hot participant 1"
    body=$(api GET "/v1.0/communications/calls/b1000000-0000-4000-8000-$(printf %012d "$HOT_CALLS")/participants/$(part_id "$HOT_PARTS")")
    expect "$(jq -r .id <<<"$body")" "$(part_id "$HOT_PARTS")" "the last hot participant"
    body=$(api GET "$SMALL_PARTICIPANTS_PATH")
    expect "$(jq '.value | length' <<<"$body")" 100 "the small call's page size"
    expect "$(jq -r '.value[99].id' <<<"$body")" "$(part_id 100)" "the small call's last participant"
    body=$(api GET "/v1.0/communications/callRecords/$(rec_id "$SMALL_RECORDS")?\$expand=sessions(\$expand=segments)")
    expect "$(jq -r .startDateTime <<<"$body")" "$(rec_iso "$SMALL_RECORDS")" "record $SMALL_RECORDS start"
    expect "$(jq -r '.sessions[0].segments | length' <<<"$body")" 1 "record $SMALL_RECORDS segments"
    body=$(api GET "/v1.0/communications/callRecords?$RECORD_FILTER")
    n=$(jq '.value | length' <<<"$body")
    expect "$n" 60 "the records page size"
    expect "$(jq -r '.value[0].id' <<<"$body")" "$(rec_id 1)" "the first record"
    FIRST_RECORDS_PATH="/v1.0/communications/callRecords?$RECORD_FILTER"
    log "read back the small data set: participants, records with sessions and segments, pages"
}

verify_big() {
    local body page1 k
    verify_small
    page1=$(api GET "/v1.0/communications/calls/$BIG_CALL/participants")
    expect "$(jq -r '.value[0].id' <<<"$page1")" "$(part_id 1)" "the big call's first participant"
    FIRST_PARTICIPANTS_PATH=/v1.0/communications/calls/$BIG_CALL/participants
    k=$(((DEEP_PARTICIPANT_PAGE - 1) * 100))
    DEEP_PARTICIPANTS_PATH=$(deep_path "$page1" "$BIG_CALL" "$(part_id "$k")")
    body=$(api GET "$DEEP_PARTICIPANTS_PATH")
    expect "$(jq -r '.value[0].id' <<<"$body")" "$(part_id $((k + 1)))" "page $DEEP_PARTICIPANT_PAGE of the big call"
    expect "$(jq '.value | length' <<<"$body")" 100 "page $DEEP_PARTICIPANT_PAGE's size"
    expect "$(jq -r '.value[0].info.participantId' <<<"$body")" "$(part_id $((k + 1)))" "a deep participant's info"
    # the deep page's own nextLink leads on, as a client would follow it
    if [ "$(jq -r '."@odata.nextLink"' <<<"$body")" != null ]; then
        body=$(api GET "/$(jq -r '."@odata.nextLink"' <<<"$body" | sed 's|^[a-z]*://[^/]*/||')")
        expect "$(jq -r '.value[0].id' <<<"$body")" "$(part_id $((k + 101)))" "the page after page $DEEP_PARTICIPANT_PAGE"
    fi
    page1=$(api GET "$FIRST_RECORDS_PATH")
    k=$(((DEEP_RECORD_PAGE - 1) * 60))
    DEEP_RECORDS_PATH=$(deep_path "$page1" "$(rec_iso "$k")" "$(rec_id "$k")")
    body=$(api GET "$DEEP_RECORDS_PATH")
    expect "$(jq -r '.value[0].id' <<<"$body")" "$(rec_id $((k + 1)))" "records page $DEEP_RECORD_PAGE"
    expect "$(jq -r '.value[59].startDateTime' <<<"$body")" "$(rec_iso $((k + 60)))" "records page $DEEP_RECORD_PAGE's last start"
    body=$(api GET "/v1.0/communications/callRecords/$(rec_id "$NREC")?\$expand=sessions(\$expand=segments)")
    expect "$(jq -r .id <<<"$body")" "$(rec_id "$NREC")" "record $NREC"
    expect "$(jq -r '.sessions[0].segments[0].media[0].label' <<<"$body")" main-audio "record $NREC's segment media"
    log "read back the full data set: page $DEEP_PARTICIPANT_PAGE of $BIG_PARTICIPANTS participants, records page $DEEP_RECORD_PAGE of $NREC"
}

# --- load ----------------------------------------------------------------------------------------------------------

# wrk_raw SCENARIO SECONDS [URL_PATH]: runs wrk, prints its RESULT line
wrk_raw() {
    SCENARIO=$1 URL_PATH=${3:-$CEILING_PATH} TOKEN=$TOKEN NREC=$LUA_NREC \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --timeout 10s --latency -s "$BENCH_DIR/lib/scenario.lua" "$BASE" \
        >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; die "wrk $1"; }
    grep '^RESULT ' "$WORK/wrk.out" || { cat "$WORK/wrk.out" >&2; die "wrk printed no result for $1"; }
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# smoke SCENARIO [URL_PATH]: one request of the scenario with curl, which must be a 2xx (and no GraphQL error)
smoke() {
    local body hot_call hot_part
    hot_call=b1000000-0000-4000-8000-000000000001; hot_part=$(part_id 1)
    case $1 in
        get) body=$(api GET "${2:-$CEILING_PATH}") ;;
        get_participant) body=$(api GET "/v1.0/communications/calls/$hot_call/participants/$hot_part") ;;
        patch_participant) body=$(api PATCH "/v1.0/communications/calls/$hot_call/participants/$hot_part" \
            '{"isMuted":true,"metadata":"smoke"}') ;;
        invite) body=$(api POST "/v1.0/communications/calls/b2000000-0000-4000-8000-000000000001/participants/invite" \
            '{"participants":[{"identity":{"user":{"id":"smoke-invitee","displayName":"Smoke"}}}]}') ;;
        records_page) body=$(api GET "/v1.0/communications/callRecords?\$filter=startDateTime%20ge%20$(rec_iso 1)%20and%20startDateTime%20lt%20$(rec_iso 1441)")
            expect "$(jq '.value | length' <<<"$body")" 60 "a one-day records page" ;;
        record_expand) body=$(api GET "/v1.0/communications/callRecords/$(rec_id 1)?\$expand=sessions(\$expand=segments)") ;;
        gql_get_participant) body=$(api POST /graphql "{\"query\":\"{ participant(callId: \\\"$hot_call\\\", id: \\\"$hot_part\\\") { id isMuted metadata } }\"}")
            expect "$(jq -r '.data.participant.id' <<<"$body")" "$hot_part" "GraphQL participant" ;;
        gql_patch_participant) body=$(api POST /graphql "{\"query\":\"mutation { updateParticipant(input: {callId: \\\"$hot_call\\\", id: \\\"$hot_part\\\", metadata: \\\"smoke gql\\\"}) { participant { id metadata } } }\"}")
            expect "$(jq -r '.data.updateParticipant.participant.metadata' <<<"$body")" "smoke gql" "GraphQL mutation" ;;
    esac
    if jq -e 'type == "object" and has("errors")' <<<"$body" >/dev/null 2>&1; then die "$1 answered errors: $body"; fi
}

# drain DB: waits until the background work that writes left behind is done, at most BENCH_DRAIN_MAX s; prints the
# seconds it waited. PostgreSQL can be asked (no notification in the outbox, no pending timer); H2 is locked by the
# app, so there the sign is the callback sink hearing nothing new for 5 s.
drain() {
    local last now still=0 started=$SECONDS
    if [ "$1" = postgres ]; then
        while ((SECONDS - started < ${BENCH_DRAIN_MAX:-180})); do
            now=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -At \
                -c "select (select count(*) from notification_outbox) + (select count(*) from lifecycle_timers)")
            [ "$now" = 0 ] && break
            sleep 1
        done
    else
        last=$(sink_count)
        while ((still < 5 && SECONDS - started < ${BENCH_DRAIN_MAX:-180})); do
            sleep 1; now=$(sink_count)
            if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; last=$now; fi
        done
    fi
    echo "$((SECONDS - started))"
}

# measure DB PHASE NAME SCENARIO [URL_PATH]: primes, measures, records one row of results
measure() {
    local db=$1 phase=$2 name=$3 scenario=$4 path=${5:-} line sink0 sink1 rss drained
    smoke "$scenario" "$path"
    echo "prime-$name" >"$MARK"
    local prime=$PRIME
    [[ $name == ceiling* ]] && prime=$CEILING_PRIME
    ((prime > 0)) && wrk_raw "$scenario" "$prime" "$path" >/dev/null
    sink0=$(sink_count)
    echo "$name" >"$MARK"
    line=$(wrk_raw "$scenario" "$DURATION" "$path")
    sink1=$(sink_count)
    echo "drain-$name" >"$MARK"
    drained=0
    case $scenario in patch_participant | gql_patch_participant | invite) drained=$(drain "$db") ;; esac
    rss=$(awk -v m="$name" '$4 == m && $2 > x {x = $2} END {print x + 0}' "$WORK/rss-$db-$phase.log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$phase" "$name" \
        "$(field rps "$line")" "$(field p50_us "$line")" "$(field p99_us "$line")" "$(field max_us "$line")" \
        "$(field status_errors "$line")" \
        "$(($(field connect_errors "$line") + $(field read_errors "$line") + $(field write_errors "$line") + $(field timeouts "$line")))" \
        "$(field requests "$line")" "$((sink1 - sink0))" "$rss" "$drained" >>"$RESULTS"
    log "$db $phase $(printf '%-22s' "$name") $(field rps "$line") req/s  p50 $(field p50_us "$line") µs  p99 $(field p99_us "$line") µs  errors $(field status_errors "$line")  RSS $((rss / 1024)) MB  drain ${drained}s"
}

warm_up() { # warm_up DB PHASE
    log "warming up $1 ($2): ${WARMUP} s of mixed load"
    echo "warmup" >"$MARK"
    local line
    line=$(wrk_raw mixed "$WARMUP")
    fact "$1" "warmup_rps_$2" "$(field rps "$line")"
    fact "$1" "warmup_errors_$2" "$(field status_errors "$line")"
    fact "$1" "warmup_drain_s_$2" "$(drain "$1")"
}

soak() { # soak DB PHASE: mixed load for SOAK seconds, RSS at minute 1 against the end
    local db=$1 phase=$2 line t0 m1 last
    ((SOAK > 0)) || return 0
    log "soak on $db: ${SOAK} s of mixed load"
    echo soak >"$MARK"
    t0=$(date +%s)
    line=$(wrk_raw mixed "$SOAK")
    echo "drain-soak" >"$MARK"
    m1=$(awk -v t=$((t0 + 60)) '$4 == "soak" && $1 >= t {print $2; exit}' "$WORK/rss-$db-$phase.log")
    last=$(awk '$4 == "soak" {x = $2} END {print x + 0}' "$WORK/rss-$db-$phase.log")
    fact "$db" soak_rss_minute1_kb "${m1:-0}"
    fact "$db" soak_rss_end_kb "$last"
    fact "$db" soak_rps "$(field rps "$line")"
    fact "$db" soak_p99_us "$(field p99_us "$line")"
    fact "$db" soak_errors "$(field status_errors "$line")"
    fact "$db" soak_rss_max_kb "$(awk '$4 == "soak" && $2 > x {x = $2} END {print x + 0}' "$WORK/rss-$db-$phase.log")"
    awk -v t0="$t0" '$4 == "soak" {printf "%d %d\n", $1 - t0, $2}' "$WORK/rss-$db-$phase.log" >"$WORK/soak-$db.rss"
    fact "$db" soak_drain_s "$(drain "$db")"
    log "soak on $db: $(field rps "$line") req/s, RSS minute 1 $((${m1:-0} / 1024)) MB, end $((last / 1024)) MB"
}

# --- one database --------------------------------------------------------------------------------------------------

run_db() {
    local db=$1
    log "=== $db"
    seed "$db"

    # phase small: the small data set, for the flat-cost comparison
    if [ "$SMALL_PHASE" = 1 ]; then
        LUA_NREC=$SMALL_RECORDS   # the mixed warm-up reads only records that exist
        app_start "$db" small
        verify_small
        warm_up "$db" small
        measure "$db" small ceiling get "$CEILING_PATH"
        measure "$db" small participants_small_p1 get "$SMALL_PARTICIPANTS_PATH"
        measure "$db" small records_small_p1 get "$FIRST_RECORDS_PATH"
        measure "$db" small ceiling_end get "$CEILING_PATH"
        app_stop "$db" small
    fi

    if [ "$SMALL_PHASE" = 1 ]; then seed_big "$db"; else fact "$db" db_size "$(db_size "$db")"; fi

    # phase full: 100,000 participants in one call, 1,000,000 callRecords in the tenant
    LUA_NREC=$NREC
    app_start "$db" full
    fact "$db" token "${TOKEN:+yes}"
    verify_big
    warm_up "$db" full
    measure "$db" full ceiling get "$CEILING_PATH"
    measure "$db" full get_participant get_participant
    measure "$db" full gql_get_participant gql_get_participant
    measure "$db" full records_page records_page
    measure "$db" full record_expand record_expand
    measure "$db" full participants_p1 get "$FIRST_PARTICIPANTS_PATH"
    measure "$db" full participants_deep get "$DEEP_PARTICIPANTS_PATH"
    measure "$db" full records_p1 get "$FIRST_RECORDS_PATH"
    measure "$db" full records_deep get "$DEEP_RECORDS_PATH"
    measure "$db" full patch_participant patch_participant
    measure "$db" full gql_patch_participant gql_patch_participant
    measure "$db" full invite invite
    measure "$db" full ceiling_end get "$CEILING_PATH"
    soak "$db" full
    app_stop "$db" full
    # a sample taken as the app exits lacks its RSS (3 fields): skipped, or its label would compare as the largest
    fact "$db" rss_peak_kb "$(cat "$WORK"/rss-"$db"-*.log | awk 'NF == 4 && $4 != "idle" && $2 + 0 > x {x = $2 + 0} END {print x + 0}')"
    if [ "$JFR" = 1 ]; then mkdir -p "$BENCH_DIR/profiles" && cp "$WORK"/"$db"-*.jfr "$BENCH_DIR/profiles/"; fi
}

# --- main ----------------------------------------------------------------------------------------------------------

main() {
    local started=$SECONDS
    if [ -n "${BENCH_REPORT_FROM:-}" ]; then # only the report, again, from a kept run's directory (BENCH_KEEP=1)
        RESULTS=$BENCH_REPORT_FROM/results.tsv FACTS=$BENCH_REPORT_FROM/facts.tsv
        source "$BENCH_DIR/lib/report.sh"
        if [ "$OUT" = - ]; then report; else write_report "$OUT"; log "wrote $OUT"; fi
        return
    fi
    need_tools
    fact all load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
    build
    start_sink
    for db in $DBS; do run_db "$db"; done
    fact all load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
    fact all total_s "$((SECONDS - started))"
    fact all measured "$(date -u '+%Y-%m-%d %H:%M UTC')"
    source "$BENCH_DIR/lib/report.sh"
    if [ "$OUT" = - ]; then report; else write_report "$OUT"; log "wrote $OUT"; fi
}

main "$@"
