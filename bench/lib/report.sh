# The Markdown report of run.sh, from $RESULTS and $FACTS. Sourced by run.sh.

BEGIN_MARK='<!-- bench/run.sh: begin (this block is rewritten by each run) -->'
END_MARK='<!-- bench/run.sh: end -->'

any_fact() { awk -F'\t' -v k="$1" '$2 == k && $3 != "" {print $3; exit}' "$FACTS"; }
f() { awk -F'\t' -v d="$1" -v k="$2" '$1 == d && $2 == k {v = $3} END {print v}' "$FACTS"; }

# r DB PHASE NAME COLUMN: one figure of the results (columns: 4 rps, 5 p50, 6 p99, 7 max, 8 status errors, ...)
# (a run that completed no request shows 0 req/s in the tables, and counts as a tiny positive rate in the ratios)
r() {
    awk -F'\t' -v d="$1" -v p="$2" -v n="$3" -v c="$4" '$1 == d && $2 == p && $3 == n {v = $c}
        END {if (c == 4 && v != "" && v + 0 == 0) v = "0.000001"; print v}' "$RESULTS"
}

ceiling() { # the phase's ceiling: the mean of its runs at the start and at the end
    awk -v a="$(r "$1" "$2" ceiling 4)" -v b="$(r "$1" "$2" ceiling_end 4)" 'BEGIN {print (a + b) / 2}'
}

calc() { awk "BEGIN {printf \"$1\", $2}"; }
verdict() { if awk "BEGIN {exit !($1)}"; then echo holds; else echo "**missed**"; fi; }

db_name() { case $1 in h2) echo "H2 (file)" ;; postgres) echo "PostgreSQL" ;; *) echo "$1" ;; esac; }

label() {
    case $1 in
        ceiling) echo "ceiling: GET \`$CEILING_PATH\` (start)" ;;
        ceiling_end) echo "ceiling (end)" ;;
        get_participant) echo "GET participant" ;;
        gql_get_participant) echo "GraphQL query participant" ;;
        records_page) echo "GET callRecords, \`\$filter\` on a one-day window" ;;
        record_expand) echo "GET callRecord \`\$expand=sessions(\$expand=segments)\`" ;;
        participants_p1) echo "participants of the big call, page 1" ;;
        participants_deep) echo "participants of the big call, page $DEEP_PARTICIPANT_PAGE" ;;
        records_p1) echo "callRecords, \`\$filter\` on 2 years, page 1" ;;
        records_deep) echo "callRecords, \`\$filter\` on 2 years, page $DEEP_RECORD_PAGE" ;;
        patch_participant) echo "PATCH participant" ;;
        gql_patch_participant) echo "GraphQL mutation updateParticipant" ;;
        invite) echo "POST invite" ;;
        participants_small_p1) echo "participants of a 100-participant call, page 1" ;;
        records_small_p1) echo "callRecords, \`\$filter\` on 2 years, page 1" ;;
        *) echo "$1" ;;
    esac
}

scenario_table() { # scenario_table DB PHASE
    local db=$1 phase=$2 ceil
    ceil=$(ceiling "$db" "$phase")
    echo "| scenario | req/s | ratio to ceiling | p50 ms | p99 ms | non-2xx | socket errors | callbacks delivered | drain s | RSS max MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' -v d="$db" -v p="$phase" '$1 == d && $2 == p {print $3}' "$RESULTS" | while read -r name; do
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(label "$name")" \
            "$(calc '%.1f' "$(r "$db" "$phase" "$name" 4)")" \
            "$(calc '%.2f' "$(r "$db" "$phase" "$name" 4) / $ceil")" \
            "$(calc '%.2f' "$(r "$db" "$phase" "$name" 5) / 1000")" \
            "$(calc '%.2f' "$(r "$db" "$phase" "$name" 6) / 1000")" \
            "$(r "$db" "$phase" "$name" 8)" "$(r "$db" "$phase" "$name" 9)" \
            "$(r "$db" "$phase" "$name" 11)" "$(r "$db" "$phase" "$name" 13)" \
            "$(calc '%.0f' "$(r "$db" "$phase" "$name" 12) / 1024")"
    done
}

floors_table() {
    local db ceil ceil_small fl line
    echo "| floor | $(for db in $DBS; do printf '%s | ' "$(db_name "$db")"; done)"
    echo "|---|$(for _ in $DBS; do printf -- '---|'; done)"
    floor_row() { # floor_row TEXT FORMULA-FUNCTION
        local text=$1 fn=$2 cells=""
        for db in $DBS; do cells+="$($fn "$db") | "; done
        echo "| $text | $cells"
    }
    patch_ratio() {
        local db=$1 ratio min
        ratio=$(calc '%.2f' "$(r "$db" full patch_participant 4) / $(ceiling "$db" full)")
        if [ "$db" = h2 ]; then min=0.50; else min=0.35; fi
        echo "$ratio (≥ $min): $(verdict "$ratio >= $min")"
    }
    patch_p99() {
        local db=$1 p99
        p99=$(calc '%.1f' "$(r "$db" full patch_participant 6) / 1000")
        if [ "$db" = h2 ]; then echo "$p99 ms (≤ 15): $(verdict "$p99 <= 15")"; else echo "$p99 ms (no floor)"; fi
    }
    get_ratio() {
        local ratio; ratio=$(calc '%.2f' "$(r "$1" full get_participant 4) / $(ceiling "$1" full)")
        echo "$ratio (≥ 0.70): $(verdict "$ratio >= 0.70")"
    }
    gql_mutation() {
        local ratio; ratio=$(calc '%.2f' "$(r "$1" full gql_patch_participant 4) / $(r "$1" full patch_participant 4)")
        echo "$ratio (≥ 0.60): $(verdict "$ratio >= 0.60")"
    }
    gql_query() {
        local ratio; ratio=$(calc '%.2f' "$(r "$1" full gql_get_participant 4) / $(r "$1" full get_participant 4)")
        echo "$ratio (≥ 0.60): $(verdict "$ratio >= 0.60")"
    }
    deep_first() { # cost of the deep page over the first: the first page's req/s over the deep page's
        local a b; a=$(calc '%.2f' "$(r "$1" full participants_p1 4) / $(r "$1" full participants_deep 4)")
        b=$(calc '%.2f' "$(r "$1" full records_p1 4) / $(r "$1" full records_deep 4)")
        echo "participants $a, callRecords $b (≤ 1.5): $(verdict "$a <= 1.5 && $b <= 1.5")"
    }
    deep_small() { # both as a share of their own run's ceiling, since the small data set ran in an app run of its own
        local cs cf a b
        [ -n "$(r "$1" small ceiling 4)" ] || { echo "not run"; return; }
        cs=$(ceiling "$1" small); cf=$(ceiling "$1" full)
        a=$(calc '%.2f' "($(r "$1" small participants_small_p1 4) / $cs) / ($(r "$1" full participants_deep 4) / $cf)")
        b=$(calc '%.2f' "($(r "$1" small records_small_p1 4) / $cs) / ($(r "$1" full records_deep 4) / $cf)")
        echo "participants $a, callRecords $b (≤ 2): $(verdict "$a <= 2 && $b <= 2")"
    }
    rss_peak() {
        local mb; mb=$(calc '%.0f' "$(f "$1" rss_peak_kb) / 1024")
        echo "$mb MB (≤ 512): $(verdict "$mb <= 512")"
    }
    soak_growth() {
        local m1 end growth
        m1=$(f "$1" soak_rss_minute1_kb); end=$(f "$1" soak_rss_end_kb)
        if [ -z "$m1" ] || [ "$m1" = 0 ]; then echo "not run"; return; fi
        growth=$(calc '%.1f' "($end - $m1) * 100 / $m1")
        echo "$((m1 / 1024)) → $((end / 1024)) MB, ${growth}% (≤ 10%): $(verdict "$growth <= 10")"
    }
    non2xx() {
        local n; n=$(awk -F'\t' -v d="$1" '$1 == d {s += $8 + $9} END {print s + 0}' "$RESULTS")
        n=$((n + $(f "$1" soak_errors || echo 0) + 0))
        echo "$n: $(verdict "$n == 0")"
    }
    floor_row "PATCH participant, share of the ceiling's req/s" patch_ratio
    floor_row "PATCH participant p99" patch_p99
    floor_row "GET participant, share of the ceiling's req/s" get_ratio
    floor_row "GraphQL mutation / REST PATCH req/s" gql_mutation
    floor_row "GraphQL query / REST GET req/s" gql_query
    floor_row "deep page cost / first page cost" deep_first
    floor_row "deep page cost / small-data cost (each against its run's ceiling)" deep_small
    floor_row "peak RSS under load (-Xmx$HEAP)" rss_peak
    floor_row "RSS in the soak, minute 1 → end" soak_growth
    floor_row "non-2xx and socket errors, all scenarios and the soak" non2xx
}

machine_facts() {
    local cpu mem pg
    cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
    mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
    echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), $mem RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)."
    echo "- Java: $(java -version 2>&1 | head -2 | tail -1); app heap \`-Xmx$HEAP\` with the README's memory settings (\`-Xms96m -Xmn64m -XX:+UseSerialGC\`, \`MALLOC_ARENA_MAX=2\`), otherwise JVM defaults$( [ "$JFR" = 1 ] && echo " plus a JFR recording (\`settings=${BENCH_JFR_SETTINGS:-default}\`, about 1% overhead)")$( [ -n "$H2_FS" ] && echo "; H2 opened through its \`$H2_FS\` file system (see bench/README.md, \"H2 and interrupts\")"). wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
    if [[ " $DBS " == *" postgres "* ]]; then
        pg=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -At -c 'show server_version' 2>/dev/null)
        echo "- PostgreSQL $pg on the same machine, default settings; the bench database \`$PG_DB\` is created afresh and \`vacuum analyze\`d after seeding."
    fi
    echo "- Load average (1/5/15 min) before the run: $(f all load_before); after: $(f all load_after). Other work shares these cores; that is why every figure is also a ratio to a ceiling measured in the same app run."
    echo "- Whole run: $(($(f all total_s) / 60)) min."
}

report() {
    local db
    echo "$BEGIN_MARK"
    echo
    echo "## The suite: \`bench/run.sh\`"
    echo
    echo "Measured $(f all measured) with:"
    echo
    echo '```bash'
    echo "bench/run.sh${BENCH_COMMAND_NOTE:+   # $BENCH_COMMAND_NOTE}"
    echo '```'
    echo
    machine_facts
    echo "- Load: wrk, $THREADS threads, $CONNECTIONS connections, on loopback; ${WARMUP} s of mixed load after each start, then per scenario ${PRIME} s of its own load unmeasured and ${DURATION} s measured. Ceiling: \`GET $CEILING_PATH\`$( [ -n "$(any_fact token)" ] && echo " with the bearer token (a broken token on that path is answered $(any_fact ceiling_checks_token): 401 means the ceiling pays for token checking)" || echo " (the app had no \`/dev/token\` yet, so no request carried a token)")."
    echo "- Data: $HOT_CALLS calls × $HOT_PARTS participants for GET/PATCH, $INV_CALLS calls for invitations, one call of $BIG_PARTICIPANTS participants, $NREC callRecords in the tenant (each with a session and a segment); the small data set: a call of $SMALL_PARTICIPANTS participants and $SMALL_RECORDS callRecords, in an app run of its own before the rest is added."
    echo
    echo "### Floors"
    echo
    floors_table
    for db in $DBS; do
        echo
        echo "### $(db_name "$db")"
        echo
        echo "Full data set (seeded in $(f "$db" seed_big_s) s, database $(f "$db" db_size)); start-up $(f "$db" startup_s_full) s; warm-up $(calc '%.0f' "$(f "$db" warmup_rps_full)") req/s of mixed load."
        echo
        scenario_table "$db" full
        if [ -n "$(r "$db" small ceiling 4)" ]; then
            echo
            echo "Small data set (its own app run):"
            echo
            scenario_table "$db" small
        fi
        if [ -n "$(f "$db" soak_rss_end_kb)" ]; then
            echo
            echo "Soak: ${SOAK} s of mixed load, $(calc '%.0f' "$(f "$db" soak_rps)") req/s, p99 $(calc '%.1f' "$(f "$db" soak_p99_us) / 1000") ms, $(f "$db" soak_errors) errors; RSS at minute 1 $(($(f "$db" soak_rss_minute1_kb) / 1024)) MB, at the end $(($(f "$db" soak_rss_end_kb) / 1024)) MB, at most $(($(f "$db" soak_rss_max_kb) / 1024)) MB; peak RSS of the app (VmHWM) $(($(f "$db" vmhwm_kb_full) / 1024)) MB."
        fi
    done
    echo
    echo "$END_MARK"
}

write_report() { # write_report FILE: replaces the generated block, or puts it first under the title
    local file=$1 block
    block=$(report)
    printf '%s\n' "$block" >"$WORK/block.md"
    if [ -f "$file" ] && grep -qF "$BEGIN_MARK" "$file"; then
        awk -v b="$BEGIN_MARK" -v e="$END_MARK" -v blockfile="$WORK/block.md" '
            $0 == b {while ((getline l < blockfile) > 0) print l; skip = 1; next}
            $0 == e {skip = 0; next}
            !skip {print}' "$file" >"$WORK/report.tmp"
        mv "$WORK/report.tmp" "$file"
    elif [ -f "$file" ]; then
        { head -1 "$file"; echo; printf '%s\n' "$block"; tail -n +2 "$file"; } >"$WORK/report.tmp"
        mv "$WORK/report.tmp" "$file"
    else
        { echo "# Benchmark results"; echo; printf '%s\n' "$block"; } >"$file"
    fi
}
