#!/usr/bin/env bash
# Tutela's DNS resolver against Unbound, both blocking the same 1M synthetic names (bench/generate-lists.sh) with
# NXDOMAIN and forwarding everything else to a third Unbound on loopback that answers every name with one A record.
# Measured with dnsperf from one query file made of the request stream's hosts. Run from anywhere; writes under
# bench/out/dns (git-ignored) and prints a Markdown table.
#
# Environment: DURATION (s, 20), RATE (capped run's qps, 20000), CLIENTS (8), QUERIES (lines of the query file,
# 100000), REPEAT (rounds of every configuration, 1), CONFIGS ("unbound:1 unbound:2 tutela:1 tutela:2": server and
# threads / event loops), TUTELA_JVM (JVM flags), CACHE_MB (Tutela's --cache-memory, 12), UP_PORT / UNBOUND_PORT / TUTELA_PORT (5390 / 5391 / 5392).
# Two more servers, to compare in the same run: "base:N" is BASELINE_JAR (a tutela-dns jar with its lib/ beside it,
# e.g. a copy of an earlier build) run with TUTELA_JVM; "alt:N" is this build's jar run with ALT_JVM.
# ALT_CDS=yes gives "alt" an application class-data archive (AppCDS): one training run of this build with ALT_JVM,
# started, sent the query file once and stopped, writes bench/out/dns/tutela-dns.jsa (-XX:ArchiveClassesAtExit), and
# every alt run then maps it (-XX:SharedArchiveFile).
#
# Each configuration is started, timed until it answers NXDOMAIN for a listed name (the load time), run once through
# the query file to fill its cache (both cache forwarded answers), then measured: an uncapped run (qps, average
# latency, and queries per second of the server's own CPU time, from /proc/PID/stat, which does not depend on how
# much of the two cores dnsperf leaves it) and a run capped at RATE with dnsperf -v, whose per-query latencies give
# p50/p90/p99. Peak RSS is VmHWM.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20}
RATE=${RATE:-20000}
CLIENTS=${CLIENTS:-8}
QUERIES=${QUERIES:-100000}
REPEAT=${REPEAT:-1}
CONFIGS=${CONFIGS:-"unbound:1 unbound:2 tutela:1 tutela:2"}
UP_PORT=${UP_PORT:-5390}
UNBOUND_PORT=${UNBOUND_PORT:-5391}
TUTELA_PORT=${TUTELA_PORT:-5392}
CACHE_MB=${CACHE_MB:-12}
TUTELA_JVM=${TUTELA_JVM:-"-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxDirectMemorySize=32m -Xss512k -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=48m"}

OUT=bench/out
WORK=$OUT/dns
LISTS=$OUT/lists
RUN=$(mktemp -d /tmp/dns-vs-unbound.XXXXXX)
STARTED=()

stop_all() {
    for pid in "${STARTED[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    STARTED=()
}
trap 'stop_all; rm -rf "$RUN"' EXIT

log() { echo "[$(date +%T)] $*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------------
install_missing() {
    local missing=()
    command -v unbound >/dev/null || missing+=(unbound)
    command -v dnsperf >/dev/null || missing+=(dnsperf)
    command -v dig >/dev/null || missing+=(bind9-dnsutils)
    [ -x /usr/bin/time ] || missing+=(time)
    [ ${#missing[@]} -eq 0 ] && return
    local made_policy=no
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        # Keeps the system unbound service from starting on port 53 during the install.
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
        made_policy=yes
    fi
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2 || {
        [ $made_policy = yes ] && rm -f /usr/sbin/policy-rc.d; exit 1; }
    [ $made_policy = yes ] && rm -f /usr/sbin/policy-rc.d
}
install_missing

JAR=$(ls dns/target/tutela-dns-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
    echo "no dns/target/tutela-dns-*.jar: ./mvnw -B -ntp install -DskipTests -pl filtering,dns -am first" >&2
    exit 1
fi
[ -d "$LISTS" ] || bench/generate-lists.sh --out "$OUT" >&2
mkdir -p "$WORK"

# --- inputs, made once -------------------------------------------------------------------------------------------
# Query file: the hosts of the first QUERIES requests (scheme, port, path and query cut off), type A.
QFILE=$WORK/queries-$QUERIES.txt
if [ ! -s "$QFILE" ]; then
    head -n "$QUERIES" "$OUT/requests.txt" \
        | sed -E 's#^[a-zA-Z]+://##; s#[/:?].*$##' | awk 'NF { print $1 " A" }' > "$QFILE"
fi
SAMPLE=$WORK/sample-1000.txt
# awk stops by itself: with head, it dies of SIGPIPE and pipefail ends the script.
[ -s "$SAMPLE" ] || awk '!seen[tolower($1)]++ { print; if (++n == 1000) exit }' "$QFILE" > "$SAMPLE"

# Unbound's copy of the lists: every name of every list directory, as an always_nxdomain zone (name and below).
ZONES=$WORK/unbound-local-zones.conf
if [ ! -s "$ZONES" ]; then
    cat "$LISTS"/*/domains | awk 'NF && $1 !~ /^#/ { printf "  local-zone: \"%s.\" always_nxdomain\n", tolower($1) }' \
        > "$ZONES"
fi
# The last name Unbound reads: it answers NXDOMAIN for it only once every zone is in.
LISTED=$(cat "$LISTS"/*/domains | awk 'NF && $1 !~ /^#/ { last = $1 } END { print tolower(last) }')

# Tutela's bundle: one fallback group blocking every category the lists map to; IWF and terrorism are always blocked.
BUNDLE=$WORK/bundle.json
ABS_LISTS=$(cd "$LISTS" && pwd)
cat > "$BUNDLE" <<EOF
{ "version": 1, "school": "Benchmark", "fallbackGroup": "everyone",
  "lists": { "ut1": "$ABS_LISTS", "iwf": "$ABS_LISTS/iwf/domains", "terrorism": "$ABS_LISTS/terrorism/domains" },
  "groups": [ { "id": "everyone", "label": "Everyone",
                "block": ["pornography", "violence", "drugs", "gambling", "malware", "piracy", "social-networking",
                          "games", "chat", "dating", "proxy-vpn", "doh", "webmail"] } ] }
EOF

unbound_conf() { # file port threads extra-file
    cat > "$1" <<EOF
server:
  username: ""
  chroot: ""
  directory: "$RUN"
  pidfile: "$RUN/unbound-$2.pid"
  do-daemonize: no
  use-syslog: no
  logfile: ""
  verbosity: 0
  interface: 127.0.0.1@$2
  port: $2
  do-ip6: no
  num-threads: $3
  module-config: "iterator"
  do-not-query-localhost: no
  qname-minimisation: no
  msg-cache-size: 32m
  rrset-cache-size: 64m
  # RFC 6761 names, served by Unbound itself unless told otherwise; every synthetic name is under these.
  local-zone: "test." nodefault
  local-zone: "invalid." nodefault
EOF
    cat "$4" >> "$1"
    cat >> "$1" <<EOF
remote-control:
  control-enable: no
EOF
}

# --- the upstream -----------------------------------------------------------------------------------------------
printf '  local-zone: "." redirect\n  local-data: ". 3600 IN A 192.0.2.1"\n' > "$RUN/upstream-data.conf"
unbound_conf "$RUN/upstream.conf" "$UP_PORT" 1 "$RUN/upstream-data.conf"
unbound -c "$RUN/upstream.conf" > "$RUN/upstream.log" 2>&1 &
STARTED+=($!)
for _ in $(seq 100); do
    dig @127.0.0.1 -p "$UP_PORT" +time=1 +tries=1 +short probe.test A 2>/dev/null | grep -q 192.0.2.1 && break
    sleep 0.1
done

# user + system clock ticks a process has used
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
# dnsperf's summary → "qps avg_ms lost"
dnsperf_summary() {
    awk '/Queries per second:/ { q = $4 } /Average Latency/ { gsub(/[()s,]/, " "); a = $4 * 1000 }
         /Queries lost:/ { l = $3 } END { printf "%.0f %.3f %s\n", q, a, l }' "$1"
}
# dnsperf -v lines "> RCODE name type seconds" → "p50 p90 p99" in ms
percentiles() {
    awk '$1 == ">" && NF == 5 { print $5 * 1000 }' "$1" | sort -n | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "- - -"; exit }
              printf "%.3f %.3f %.3f\n", v[rank(.50)], v[rank(.90)], v[rank(.99)] }
        function rank(p,  r) { r = int(NR * p + 0.999999); return r < 1 ? 1 : r }'
}
# dnsperf -v lines → "name rcode", one per name (lower-cased)
answers() {
    awk '$1 == ">" && NF == 5 { print tolower($3), $2 }' "$1" | sort -u -k1,1
}

log "upstream alone, uncapped ${DURATION}s"
dnsperf -s 127.0.0.1 -p "$UP_PORT" -d "$QFILE" -l "$DURATION" -c "$CLIENTS" > "$RUN/upstream.perf" 2>&1
read -r UP_QPS UP_AVG UP_LOST < <(dnsperf_summary "$RUN/upstream.perf")
log "upstream: $UP_QPS qps, average ${UP_AVG} ms, lost $UP_LOST"

# --- one configuration -------------------------------------------------------------------------------------------
measure() { # server threads round
    local server=$1 threads=$2 round=$3 port pid start
    local tag=$server-$threads-r$round
    if [ "$server" = unbound ]; then
        port=$UNBOUND_PORT
        cp "$ZONES" "$RUN/zones.conf"
        printf 'forward-zone:\n  name: "."\n  forward-addr: 127.0.0.1@%s\nserver:\n' "$UP_PORT" >> "$RUN/zones.conf"
        unbound_conf "$RUN/unbound.conf" "$port" "$threads" "$RUN/zones.conf"
        start=$(date +%s.%N)
        unbound -c "$RUN/unbound.conf" > "$TAGS/$tag.log" 2>&1 &
        pid=$!
    else
        port=$TUTELA_PORT
        local jar=$JAR jvm=$TUTELA_JVM
        case $server in
            base) jar=${BASELINE_JAR:?"base:N needs BASELINE_JAR"} ;;
            alt) jvm=${ALT_JVM:?"alt:N needs ALT_JVM"} ;;
        esac
        start=$(date +%s.%N)
        # shellcheck disable=SC2086
        java $jvm -jar "$jar" --policy "$BUNDLE" --listen 127.0.0.1 --port "$port" \
            --upstream "127.0.0.1:$UP_PORT" --block-mode nxdomain --event-loops "$threads" --cache-size 200000 \
            --cache-memory "$CACHE_MB" \
            > "$TAGS/$tag.log" 2>&1 &
        pid=$!
    fi
    STARTED+=($pid)
    local loaded=""
    for _ in $(seq 1200); do
        if dig @127.0.0.1 -p "$port" +time=1 +tries=1 "$LISTED" A 2>/dev/null | grep -q 'status: NXDOMAIN'; then
            loaded=$(echo "$(date +%s.%N) - $start" | bc)
            break
        fi
        kill -0 "$pid" 2>/dev/null || { echo "$tag died; see $TAGS/$tag.log" >&2; exit 1; }
        sleep 0.05
    done
    [ -n "$loaded" ] || { echo "$tag never answered" >&2; exit 1; }
    log "$tag: answering after ${loaded}s"

    # One pass to fill the cache, then the sample for agreement.
    dnsperf -s 127.0.0.1 -p "$port" -d "$QFILE" -n 1 -c "$CLIENTS" -q 200 > "$RUN/warm.perf" 2>&1
    dnsperf -s 127.0.0.1 -p "$port" -d "$SAMPLE" -n 1 -c 1 -q 10 -v > "$TAGS/$tag.sample" 2>&1
    answers "$TAGS/$tag.sample" > "$TAGS/$tag.sample.answers"

    local load1
    load1=$(cut -d' ' -f1 /proc/loadavg)
    local cpu_before cpu_after
    cpu_before=$(cpu_ticks "$pid")
    /usr/bin/time -f '%e %U %S' -o "$RUN/dnsperf.time" \
        dnsperf -s 127.0.0.1 -p "$port" -d "$QFILE" -l "$DURATION" -c "$CLIENTS" > "$TAGS/$tag.uncapped" 2>&1
    cpu_after=$(cpu_ticks "$pid")
    dnsperf -s 127.0.0.1 -p "$port" -d "$QFILE" -l "$DURATION" -c "$CLIENTS" -Q "$RATE" -v \
        > "$RUN/capped.perf" 2>&1
    local qps avg lost cqps cavg clost p50 p90 p99 hwm
    read -r qps avg lost < <(dnsperf_summary "$TAGS/$tag.uncapped")
    read -r cqps cavg clost < <(dnsperf_summary "$RUN/capped.perf")
    read -r p50 p90 p99 < <(percentiles "$RUN/capped.perf")
    grep -v '^>' "$RUN/capped.perf" > "$TAGS/$tag.capped" || true
    answers "$RUN/capped.perf" > "$TAGS/$tag.capped.answers"
    hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    STARTED=("${STARTED[@]/$pid}")
    # Queries answered per second of the server's own CPU (user + system) in the uncapped run: its cost per query,
    # whatever share of the two cores dnsperf left it.
    local completed qcpu
    completed=$(awk '/Queries completed:/ { print $3 }' "$TAGS/$tag.uncapped")
    qcpu=$(awk -v q="$completed" -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.0f", (t > 0 ? q / (t / hz) : 0) }')
    # How much of the two cores each side of the uncapped run used: the server, and dnsperf (from GNU time), which
    # shows when the load generator rather than the server set the pace.
    local cores dnsperf_cores
    read -r cores dnsperf_cores < <(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" \
        '{ printf "%.2f %.2f\n", t / hz / $1, ($2 + $3) / $1 }' "$RUN/dnsperf.time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$server" "$threads" "$round" "$qps" \
        "$avg" "$lost" "$cqps" "$p50" "$p90" "$p99" "$clost" "$hwm" "$loaded" "$load1" "$qcpu" "$cores" \
        "$dnsperf_cores" >> "$RESULTS"
    log "$tag: $qps qps uncapped (avg $avg ms, lost $lost); at $cqps qps p50/p90/p99 $p50/$p90/$p99 ms;" \
        "VmHWM $hwm MB; $qcpu queries per CPU-second; cores used: server $cores, dnsperf $dnsperf_cores;" \
        "load average before $load1"
}

if [ "${ALT_CDS:-no}" = yes ]; then
    CDS_FILE=$WORK/tutela-dns.jsa
    rm -f "$CDS_FILE"
    log "training run for the class-data archive $CDS_FILE"
    # shellcheck disable=SC2086
    java ${ALT_JVM:?"ALT_CDS needs ALT_JVM"} -XX:ArchiveClassesAtExit="$CDS_FILE" -jar "$JAR" --policy "$BUNDLE" \
        --listen 127.0.0.1 --port "$TUTELA_PORT" --upstream "127.0.0.1:$UP_PORT" --block-mode nxdomain \
        --cache-size 200000 > "$RUN/cds-training.log" 2>&1 &
    pid=$!
    for _ in $(seq 1200); do
        dig @127.0.0.1 -p "$TUTELA_PORT" +time=1 +tries=1 "$LISTED" A 2>/dev/null | grep -q 'status: NXDOMAIN' && break
        kill -0 "$pid" 2>/dev/null || { echo "the training run died; see $RUN/cds-training.log" >&2; exit 1; }
        sleep 0.05
    done
    dnsperf -s 127.0.0.1 -p "$TUTELA_PORT" -d "$QFILE" -n 1 -c "$CLIENTS" -q 200 > /dev/null 2>&1
    kill "$pid"; wait "$pid" 2>/dev/null || true
    for _ in $(seq 100); do [ -s "$CDS_FILE" ] && break; sleep 0.1; done
    [ -s "$CDS_FILE" ] || { echo "no class-data archive written; see $RUN/cds-training.log" >&2; exit 1; }
    ALT_JVM="$ALT_JVM -XX:SharedArchiveFile=$CDS_FILE"
fi

TAGS=$WORK/run-$(date +%Y%m%dT%H%M%S)
mkdir -p "$TAGS"
RESULTS=$TAGS/results.tsv
printf 'server\tthreads\tround\tqps\tavg_ms\tlost\tcapped_qps\tp50_ms\tp90_ms\tp99_ms\tcapped_lost\tvmhwm_mb\tload_s\tloadavg\tqueries_per_cpu_s\tserver_cores\tdnsperf_cores\n' \
    > "$RESULTS"
for round in $(seq "$REPEAT"); do
    for config in $CONFIGS; do
        measure "${config%%:*}" "${config##*:}" "$round"
    done
done
stop_all

# --- agreement and the table ------------------------------------------------------------------------------------
echo "## $(date -u +%FT%TZ), $(nproc) cores, $(awk '{ print $1, $2, $3 }' /proc/loadavg) load average at the end"
echo
echo "Upstream alone: $UP_QPS qps (average $UP_AVG ms). Query file: $(wc -l < "$QFILE") queries," \
    "$(awk '!s[tolower($1)]++' "$QFILE" | wc -l) distinct names; uncapped runs ${DURATION}s with -c $CLIENTS," \
    "capped runs -Q $RATE."
echo
# Answers (NXDOMAIN or NOERROR) per name, Tutela against Unbound: the 1,000-name sample and every name of the capped run.
first_unbound=$(awk -F'\t' '$1 == "unbound" && $3 == 1 { print "unbound-" $2 "-r1"; exit }' "$RESULTS")
if [ -n "$first_unbound" ]; then
    for f in "$TAGS"/{tutela,base,alt}-*-r1.sample.answers "$TAGS"/{tutela,base,alt}-*-r1.capped.answers; do
        [ -e "$f" ] || continue
        base=$TAGS/$first_unbound.${f##*-r1.}
        join "$base" "$f" | awk -v what="$(basename "$f") vs $(basename "$base")" \
            '{ n++ } $2 != $3 { d++; if (d <= 5) print "  disagree: " $1 " unbound " $2 " tutela " $3 }
             END { printf "- %s: %d names compared, %d disagree\n", what, n, d + 0 }'
        awk -v f="$(basename "$f")" '{ c[$2]++ } END { printf "  %s:", f; for (k in c) printf " %s %d", k, c[k]; print "" }' "$f"
    done
fi
echo
echo "| Server | Threads | Round | Uncapped qps | Queries / CPU-s | Cores used: server / dnsperf | Avg ms | Lost | p50 / p90 / p99 ms at ${RATE} qps | VmHWM MB | Load s | Load avg |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
awk -F'\t' 'NR > 1 { printf "| %s | %s | %s | %s | %s | %s / %s | %s | %s | %s / %s / %s | %s | %.1f | %s |\n",
    $1, $2, $3, $4, $15, $16, $17, $5, $6, $8, $9, $10, $12, $13, $14 }' "$RESULTS"
echo
echo "Ratios Tutela / Unbound, same thread count and same round (min–max over rounds, and the median round's):"
awk -F'\t' 'NR > 1 { v[$1, $2, $3, "qps"] = $4; v[$1, $2, $3, "p99"] = $10; v[$1, $2, $3, "rss"] = $12
        v[$1, $2, $3, "load"] = $13; v[$1, $2, $3, "cpu"] = $15; if ($3 > rounds) rounds = $3; if ($1 != "unbound") servers[$1] = 1 }
    END { split("qps cpu p99 rss load", what, " ")
        split("qps|queries per CPU-second|p99 at the capped rate|VmHWM|load time", label, "|")
        for (s in servers) for (t = 1; t <= 2; t++) {
            line = ""
            for (w = 1; w <= 5; w++) {
                n = 0
                for (r = 1; r <= rounds; r++) {
                    u = "unbound" SUBSEP t SUBSEP r SUBSEP what[w]; j = s SUBSEP t SUBSEP r SUBSEP what[w]
                    if (!(u in v) || !(j in v) || v[u] == 0) continue
                    x = v[j] / v[u]
                    # Insertion into the sorted ratios so far.
                    for (k = ++n; k > 1 && sorted[k - 1] > x; k--) sorted[k] = sorted[k - 1]
                    sorted[k] = x
                }
                if (n) line = line sprintf("%s%s %.2f–%.2f× (median %.2f×)", line == "" ? "" : "; ", label[w],
                    sorted[1], sorted[n], n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2)
            }
            if (line != "") printf "- %s, %d thread(s): %s\n", s, t, line
        } }' "$RESULTS"
echo
echo "Raw: $RESULTS"
