# SQL that seeds the bench data by cloning template rows, for H2 (PostgreSQL mode) and PostgreSQL alike.
# Sourced by run.sh. Every function prints SQL on stdout; run.sh runs it while the app is stopped.
#
# Why clone: the text columns hold JSON written by the persistence adapter (identity sets, endpoints, media). Rather
# than restate that format here, the app writes one of each row through the API, and SQL copies those rows under new
# keys. So the seed follows the adapter's format wherever it goes, and run.sh reads samples back through the API.
#
# Keys are deterministic, so wrk's Lua and the checks can name them without a lookup:
#   hot calls        b1000000-0000-4000-8000-<n, 12 digits>   GET/PATCH participant (HOT_PARTS participants each)
#   invite calls     b2000000-0000-4000-8000-<n>              POST invite
#   the big call     b3000000-0000-4000-8000-000000000001     BIG_PARTICIPANTS participants
#   the small call   b4000000-0000-4000-8000-000000000001     SMALL_PARTICIPANTS participants
#   participants     a0000000-0000-4000-8000-<j>              j = 1..count within each call (ids order like j)
#   callRecords      c0000000-0000-4000-8000-<k>              start REC_BASE + k*REC_STEP s, 30 min long,
#                                                             one session with one segment, one participants_v2 row
# Dialect: SEED_DIALECT=h2|postgres; the only differences are the row generator and the statistics statement.
# Calls and participants are copied whole (clone_rows), so new columns need no change here; the callRecord tables,
# a million rows each, are copied with their columns named, which is twice as fast.

key() { # key PREFIX EXPR -> SQL expression of a 36-character key ending in EXPR padded to 12 digits
    echo "'$1-0000-4000-8000-' || lpad(cast($2 as varchar), 12, '0')"
}

range() { # range FROM TO -> a derived table r with one column n
    if [ "$SEED_DIALECT" = h2 ]; then
        echo "(select * from system_range($1, $2)) r(n)"
    else
        echo "generate_series($1, $2) r(n)"
    fi
}

rec_start() { # rec_start EXPR -> the start of record EXPR
    echo "(timestamp with time zone '$(date -u -d "@$REC_BASE" '+%Y-%m-%d %H:%M:%S')+00' + ($1) * $REC_STEP * interval '1' second)"
}

# clone_rows TABLE WHERE FROM TO SET: copies the row(s) of TABLE matching WHERE once for each n in FROM..TO, with the
# assignments SET applied (they may use bench_n). Through a scratch table, so that every column is copied without
# naming it here: a column a later migration adds comes along by itself.
clone_rows() {
    local table=$1 where=$2 from=$3 to=$4 set=$5
    cat <<SQL
create table bench_seed as select t.*, r.n as bench_n from $table t, $(range "$from" "$to") where $where;
update bench_seed set $set;
alter table bench_seed drop column bench_n;
insert into $table select * from bench_seed;
drop table bench_seed;
SQL
}

# clone_calls TEMPLATE_CALL PREFIX FROM TO PARTICIPANTS TEMPLATE_PARTICIPANT_CALL TEMPLATE_PARTICIPANT
# Calls PREFIX-…-FROM..TO, established, no timers, each with PARTICIPANTS participants a0000000-…-1..PARTICIPANTS
# cloned from TEMPLATE_PARTICIPANT (its id inside the info JSON replaced too), and a roster row.
clone_calls() {
    local tcall=$1 prefix=$2 from=$3 to=$4 parts=$5 tpcall=$6 tpart=$7
    clone_rows calls "t.id = '$tcall'" "$from" "$to" "id = $(key "$prefix" bench_n), version = 1,
        state = 'established', call_chain_id = $(key "d${prefix:1}" bench_n), result_code = null,
        result_subcode = null, result_message = null, ended_date_time = null"
    cat <<SQL
insert into call_rosters (tenant_id, call_id, last_number)
select t.tenant_id, $(key "$prefix" r.n), $parts
  from calls t, $(range "$from" "$to")
 where t.id = '$tcall';
SQL
    # participants: per call, in chunks of 100,000 rows so that no statement holds a huge transaction
    local c chunk=100000 lo hi
    for ((c = from; c <= to; c++)); do
        for ((lo = 1; lo <= parts; lo += chunk)); do
            hi=$((lo + chunk - 1)); ((hi > parts)) && hi=$parts
            clone_rows participants "t.call_id = '$tpcall' and t.id = '$tpart'" "$lo" "$hi" \
                "call_id = $(key "$prefix" "$c"), id = $(key a0000000 bench_n), version = 1,
                 info = replace(info, '$tpart', $(key a0000000 bench_n)), muted = false, in_lobby = false,
                 present = true, removed_reason = null, roster_sequence_number = bench_n, left_date_time = null"
        done
    done
}

# clone_records TEMPLATE_RECORD FROM TO: callRecords c0000000-…-FROM..TO with their session, segment and
# participants_v2 index rows, in chunks of 100,000 records.
clone_records() {
    local trec=$1 from=$2 to=$3 chunk=100000 lo hi
    for ((lo = from; lo <= to; lo += chunk)); do
        hi=$((lo + chunk - 1)); ((hi > to)) && hi=$to
        cat <<SQL
insert into call_records (tenant_id, id, version, type, modalities, start_date_time, end_date_time,
                          last_modified_date_time, join_web_url, organizer, participants, organizer_v2,
                          participants_v2, stored_date_time)
select t.tenant_id, $(key c0000000 r.n), 1, t.type, t.modalities, $(rec_start r.n),
       $(rec_start r.n) + interval '30' minute, t.last_modified_date_time, t.join_web_url, t.organizer,
       t.participants, t.organizer_v2, t.participants_v2, t.stored_date_time
  from call_records t, $(range "$lo" "$hi")
 where t.id = '$trec';
insert into call_record_participants (tenant_id, call_record_id, participant_id, start_date_time)
select t.tenant_id, $(key c0000000 r.n), t.participant_id, $(rec_start r.n)
  from call_record_participants t, $(range "$lo" "$hi")
 where t.call_record_id = '$trec';
insert into call_record_sessions (tenant_id, call_record_id, ordinal, id, caller, callee, start_date_time,
                                  end_date_time, modalities, is_test, failure_info)
select t.tenant_id, $(key c0000000 r.n), t.ordinal, t.id, t.caller, t.callee, $(rec_start r.n),
       $(rec_start r.n) + interval '30' minute, t.modalities, t.is_test, t.failure_info
  from call_record_sessions t, $(range "$lo" "$hi")
 where t.call_record_id = '$trec';
insert into call_record_segments (tenant_id, call_record_id, session_ordinal, ordinal, id, caller, callee,
                                  start_date_time, end_date_time, failure_info, media)
select t.tenant_id, $(key c0000000 r.n), t.session_ordinal, t.ordinal, t.id, t.caller, t.callee, $(rec_start r.n),
       $(rec_start r.n) + interval '30' minute, t.failure_info, t.media
  from call_record_segments t, $(range "$lo" "$hi")
 where t.call_record_id = '$trec';
SQL
    done
}

# The small data set, cloned from the rows the app wrote through the API; the templates go afterwards, with every
# timer and notification the template requests left behind.
seed_small_sql() { # TEMPLATE_CALL TEMPLATE_PARTICIPANT TEMPLATE_RECORD
    local tcall=$1 tpart=$2 trec=$3
    clone_calls "$tcall" b1000000 1 "$HOT_CALLS" "$HOT_PARTS" "$tcall" "$tpart"
    clone_calls "$tcall" b2000000 1 "$INV_CALLS" 2 "$tcall" "$tpart"
    clone_calls "$tcall" b4000000 1 1 "$SMALL_PARTICIPANTS" "$tcall" "$tpart"
    clone_records "$trec" 1 "$SMALL_RECORDS"
    cat <<SQL
delete from participants where call_id = '$tcall';
delete from operations where call_id = '$tcall';
delete from call_rosters where call_id = '$tcall';
delete from calls where id = '$tcall';
delete from call_records where id = '$trec';
delete from lifecycle_timers;
delete from notification_outbox;
SQL
}

# The big data set, cloned from the small one's first rows: the big call, and the rest of the records.
seed_big_sql() {
    local hot1 part1 rec1
    hot1=$(key0 b1000000 1); part1=$(key0 a0000000 1); rec1=$(key0 c0000000 1)
    clone_calls "$hot1" b3000000 1 1 "$BIG_PARTICIPANTS" "$hot1" "$part1"
    clone_records "$rec1" $((SMALL_RECORDS + 1)) "$NREC"
}

key0() { printf '%s-0000-4000-8000-%012d' "$1" "$2"; }

# Statistics for the planner, after the last insert of a seed. H2 also rewrites its file compactly while nothing else has it open: a file left full of
# the bulk insert's dead chunks is what the app's background compaction would otherwise work through under load.
analyze_sql() {
    if [ "$SEED_DIALECT" = h2 ]; then echo "analyze;"; echo "shutdown compact;"; else echo "vacuum analyze;"; fi
}
