#!/usr/bin/env bash
# One look inside Tutela's DNS resolver under the load of bench/dns-vs-unbound.sh, without Unbound beside it: where
# its memory and time go. Starts the same upstream and resolver (the 1M-name bundle that script writes), fills the
# cache with one pass of the query file, then runs dnsperf uncapped for DURATION seconds and capped at RATE qps with
# per-query latencies, and prints qps, p50/p90/p99/p99.9/max, how the queries above p99 cluster, and VmHWM.
#
# Young collections during the capped run are counted from a GC log the script asks for, with their median and
# longest pause.
#
# Environment: JAR (a tutela-dns jar with its lib/ beside it; this build's by default), TUTELA_JVM (JVM flags; add
# e.g. -XX:StartFlightRecording=filename=F,settings=profile to record more), CACHE_MB (12; empty for a build without
# --cache-memory), DURATION (10), RATE (20000), and any of
#   HISTO=1  live heap histogram (jmap -histo:live) after the capped run
#   NMT=1    native memory summary (adds -XX:NativeMemoryTracking=summary)
#   RSS=1    resident size sampled every 0.1 s from start to stop, written to bench/out/dns/probe-rss.txt
#   PERF=stat    perf stat of the resolver over the uncapped run: CPU, recvmmsg/sendmmsg calls, context switches
#   PERF=record  perf record over the uncapped run, then the share of kernel, Netty, JNI, Tutela's code and the rest
#                (adds -XX:+DumpPerfMapAtExit so JIT-compiled methods have names)
#   LOG=postgres every decision logged to PostgreSQL as a school's resolver logs it (--decision-log): a throwaway
#                cluster of the distribution's PostgreSQL on PG_PORT (5395) with the web app's filter_decision table
#                (migration V7), default settings; afterwards the writer's counts and the rows in the table
# Run bench/dns-vs-unbound.sh once first (it makes the lists, the query file and the bundle).
set -euo pipefail
cd "$(dirname "$0")/.."

TUTELA_JVM=${TUTELA_JVM:-"-Xms24m -Xmx40m -Xmn6m -XX:+UseSerialGC -XX:MaxDirectMemorySize=32m -Xss512k -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=48m -Dio.netty.leakDetection.level=disabled -XX:MaxNodeLimit=4000 -XX:NodeLimitFudgeFactor=200"}
CACHE_MB=${CACHE_MB-12}
DURATION=${DURATION:-10}
RATE=${RATE:-20000}
UP_PORT=${UP_PORT:-5390}
PORT=${TUTELA_PORT:-5392}
WORK=bench/out/dns
QFILE=$WORK/queries-100000.txt
BUNDLE=$WORK/bundle.json
[ -s "$QFILE" ] && [ -s "$BUNDLE" ] || { echo "run bench/dns-vs-unbound.sh once first" >&2; exit 1; }
JAR=${JAR:-$(ls dns/target/tutela-dns-*.jar)}
RUN=$(mktemp -d /tmp/dns-probe.XXXXXX)
PIDS=()
PGDATA=$RUN/pg
stop_postgres() { [ -d "$PGDATA" ] && runuser -u postgres -- pg_ctl -D "$PGDATA" stop -m fast > /dev/null 2>&1 || true; }
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; stop_postgres; rm -rf "$RUN"' EXIT

jvm="$TUTELA_JVM -Xlog:gc:file=$RUN/gc.log"
[ "${NMT:-}" = 1 ] && jvm="$jvm -XX:NativeMemoryTracking=summary"
[ "${PERF:-}" = record ] && jvm="$jvm -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit"

cat > "$RUN/upstream.conf" <<EOF
server:
  username: ""
  chroot: ""
  directory: "$RUN"
  pidfile: "$RUN/upstream.pid"
  do-daemonize: no
  use-syslog: no
  logfile: ""
  verbosity: 0
  interface: 127.0.0.1@$UP_PORT
  port: $UP_PORT
  do-ip6: no
  num-threads: 1
  module-config: "iterator"
  local-zone: "test." nodefault
  local-zone: "invalid." nodefault
  local-zone: "." redirect
  local-data: ". 3600 IN A 192.0.2.1"
remote-control:
  control-enable: no
EOF
unbound -c "$RUN/upstream.conf" > /dev/null 2>&1 &
PIDS+=($!)
log_args=()
if [ "${LOG:-}" = postgres ]; then
    PG_PORT=${PG_PORT:-5395}
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    chmod 755 "$RUN"
    mkdir -p "$PGDATA" "$RUN/pgsock" && chown postgres "$PGDATA" "$RUN/pgsock"   # the server writes only there
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PGDATA" -A trust > "$RUN/initdb.log" 2>&1
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$RUN/pgsock/postgres.log" -w \
        -o "-p $PG_PORT -k $RUN/pgsock -c listen_addresses=127.0.0.1" start > /dev/null
    psql_pg() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
    # The migration as Flyway runs it for the web app, whose role it names in ${appRole}.
    psql_pg -c "create role tutela_app login"
    sed 's/${appRole}/tutela_app/g' app/src/main/resources/db/migration/V7__filter_decisions.sql | psql_pg -f - > /dev/null
    psql_pg -c "create role tutela_enforcement login password 'bench'" \
        -c "grant insert on filter_decision to tutela_enforcement" -c "select filter_decision_ensure_partitions(1)" \
        > /dev/null
    echo bench > "$RUN/decision-log.password"
    log_args=(--decision-log "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --decision-log-user tutela_enforcement
              --decision-log-password-file "$RUN/decision-log.password")
fi
# shellcheck disable=SC2086
java $jvm -jar "$JAR" --policy "$BUNDLE" --listen 127.0.0.1 --port "$PORT" --upstream "127.0.0.1:$UP_PORT" \
    --block-mode nxdomain --event-loops 1 --cache-size 200000 ${CACHE_MB:+--cache-memory "$CACHE_MB"} \
    "${log_args[@]}" > "$RUN/resolver.log" 2>&1 &
pid=$!
PIDS+=($pid)
if [ "${RSS:-}" = 1 ]; then
    (start=$(date +%s%N)
     while kill -0 "$pid" 2>/dev/null; do
         echo "$(( ($(date +%s%N) - start) / 1000000 )) $(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null)"
         sleep 0.1
     done > "$WORK/probe-rss.txt") &
fi
for _ in $(seq 1200); do
    dig @127.0.0.1 -p "$PORT" +time=1 +tries=1 probe.test A 2>/dev/null | grep -q 'status: NOERROR' && break
    kill -0 "$pid" 2>/dev/null || { cat "$RUN/resolver.log" >&2; exit 1; }
    sleep 0.05
done
dnsperf -s 127.0.0.1 -p "$PORT" -d "$QFILE" -n 1 -c 8 -q 200 > /dev/null 2>&1

case ${PERF:-} in
    stat) perf stat -p "$pid" -e task-clock,context-switches,syscalls:sys_enter_recvmmsg,syscalls:sys_enter_sendmmsg \
              -o "$RUN/perf.txt" -- sleep "$DURATION" & ;;
    record) perf record -o "$RUN/perf.data" -F 999 -p "$pid" -- sleep "$DURATION" 2> /dev/null & ;;
esac
perf_pid=${!:-}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_seconds() { { ps -u postgres -o times= 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }'; }
cpu_before=$(ticks "$pid"); pg_before=$(postgres_seconds)
dnsperf -s 127.0.0.1 -p "$PORT" -d "$QFILE" -l "$DURATION" -c 8 > "$RUN/uncapped.txt" 2>&1
cpu_after=$(ticks "$pid"); pg_after=$(postgres_seconds)
[ -n "${PERF:-}" ] && wait "$perf_pid"
awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v d="$DURATION" -v pg=$((pg_after - pg_before)) \
    -v logging="${LOG:-}" '/Queries per second/ { qps = $4 } /Queries completed/ { n = $3 }
    END { printf "uncapped: %s qps; the resolver used %.2f of a core, %.0f queries per CPU-second", qps, t / hz / d,
              n / (t / hz); if (logging == "postgres") printf "; PostgreSQL %.2f of a core", pg / d; print "" }' \
    "$RUN/uncapped.txt"

gc_before=$(wc -l < "$RUN/gc.log")
dnsperf -s 127.0.0.1 -p "$PORT" -d "$QFILE" -l "$DURATION" -c 8 -Q "$RATE" -v > "$RUN/capped.txt" 2>&1
tail -n +"$((gc_before + 1))" "$RUN/gc.log" | awk '/Pause Young/ { ms = $NF; sub("ms", "", ms); print ms }' | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR) printf "young collections in the capped run: %d, pause median %.3f ms, longest %.3f ms\n", NR, v[int((NR + 1) / 2)], v[NR]
                               else print "no young collection in the capped run" }'
tail -n +"$((gc_before + 1))" "$RUN/gc.log" | awk '/Pause Full/ { n++; ms = $NF; sub("ms", "", ms); if (ms + 0 > m) m = ms + 0 }
    END { if (n) printf "full collections in the capped run: %d, longest %.3f ms\n", n, m }'
awk '$1 == ">" && NF == 5 { print $5 * 1000 }' "$RUN/capped.txt" > "$RUN/latencies.txt"
sort -n "$RUN/latencies.txt" | awk '{ v[NR] = $1 } END {
    printf "capped at %s qps: %d queries, p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f ms\n", rate, NR,
        v[int(NR * .5)], v[int(NR * .9)], v[int(NR * .99)], v[int(NR * .999)], v[NR] }' rate="$RATE"
# Bursts: runs of queries above p99 with fewer than 50 others between them. Collections every ~0.5 s would give
# about two bursts a second; many more, at no fixed interval, point at the scheduler.
p99=$(sort -n "$RUN/latencies.txt" | awk '{ v[NR] = $1 } END { print v[int(NR * .99)] }')
awk -v t="$p99" '$1 > t { if (NR - last > 50) bursts++; above++; last = NR }
    END { printf "above p99: %d queries in %d bursts\n", above, bursts }' "$RUN/latencies.txt"
grep -E 'VmHWM|VmRSS' "/proc/$pid/status"

[ "${HISTO:-}" = 1 ] && jmap -histo:live "$pid" | head -15
[ "${NMT:-}" = 1 ] && jcmd "$pid" VM.native_memory summary | grep -E '^-|^Total' | head -25
kill "$pid"
wait "$pid" 2>/dev/null || true
if [ "${LOG:-}" = postgres ]; then
    # The writer's own count at shutdown, after it wrote what was waiting.
    grep -o "decision log at shutdown: .*" "$RUN/resolver.log" || echo "the resolver reported no counts at shutdown"
    echo "rows in filter_decision: $(psql_pg -c 'select count(*) from filter_decision')"
fi

case ${PERF:-} in
    stat) grep -vE '^$|^#' "$RUN/perf.txt" ;;
    record)
        sleep 1 # the perf map is written as the JVM exits
        perf report -i "$RUN/perf.data" --sort sym --stdio 2>/dev/null | awk '
            $2 == "[.]" || $2 == "[k]" {
                share = $1; sub("%", "", share); name = $0; sub(/^ *[0-9.]+% +\[.\] /, "", name)
                # Whose method: the name before its parameters, which may be other packages types.
                owner = name; sub(/\(.*/, "", owner)
                if ($2 == "[k]") part = "kernel"
                else if (owner ~ /io\.netty/) part = "Netty"
                else if (owner ~ /^jni_/) part = "JNI"
                else if (owner ~ /org\.tutela/) part = "Tutela"
                else part = "the rest (JVM, JDK, libc)"
                total[part] += share
                if (part == "Tutela" && ++shown <= 8) top = top sprintf("  %5.2f%%  %s\n", share, name) }
            END { for (part in total) printf "%-28s %5.1f%%\n", part, total[part]; printf "Tutela, top:\n%s", top }' ;;
esac
