#!/usr/bin/env bash
# Tutela's Squid helper against squidGuard 1.6, piped, on the same synthetic lists and the same request stream.
#
#   bench/squid-vs-squidguard.sh [RUNS]        (from the repository root; RUNS defaults to 3)
#   EXPRESSIONS=no bench/squid-vs-squidguard.sh [RUNS]
#
# Installs squidguard if it is missing, generates the lists and the 1M-line stream into bench/out (once), builds
# squidGuard's db (timed), writes a squidGuard.conf and a Tutela policy bundle that block the same lists, turns the
# stream into Squid 5 url_rewrite lines, pipes it through each helper RUNS times (alternating), and prints wall time,
# URLs/s and peak RSS for each run. Then it normalises both answers to BLOCK/ALLOW line by line and exits 1 if any
# line disagrees.
#
# EXPRESSIONS=no leaves every list's expressions out on both sides (names and URL entries only); outputs then go to
# bench/out/*-noexpr.
# TUTELA_JAVA_OPTS sets the helper's JVM options (default: -Xmx96m -Xmn8m -XX:+UseSerialGC; the lists hold ~66-70 MB of heap
# once loaded, and -Xmx80m was the least that loaded them in docs/benchmarks.md).
# BASELINE_CLASSPATH (the squid and filtering jars of an earlier build, colon-separated; their dependencies are added)
# runs that build too, with BASELINE_JAVA_OPTS (default: TUTELA_JAVA_OPTS's), in the same alternation, so that a
# change can be set against the build before it under the same load; its answers must be the same byte for byte.
# CDS=yes gives the helper an application class-data archive (AppCDS): a training run over the stream's first 20,000
# lines writes bench/out/tutela/helper.jsa (-XX:ArchiveClassesAtExit), and every measured run maps it
# (-XX:SharedArchiveFile), so the classes it loads at start (Jackson's among them) are not parsed and verified again.
# The helper's jars must be built first: ./mvnw -B -ntp -o install -DskipTests -pl filtering,squid -am
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
OUT=bench/out
EXPRESSIONS=${EXPRESSIONS:-yes}
GENERATED=$OUT/lists
if [ "$EXPRESSIONS" = yes ]; then
    LISTS=$GENERATED SG=$OUT/squidguard TU=$OUT/tutela RESULTS=$OUT/results
else
    LISTS=$OUT/lists-noexpr SG=$OUT/squidguard-noexpr TU=$OUT/tutela-noexpr RESULTS=$OUT/results-noexpr
fi
JAVA_OPTS=${TUTELA_JAVA_OPTS:--Xmx96m -Xmn8m -XX:+UseSerialGC}
BLOCK_PAGE=http://block.tutela.local/blocked
TIME=/usr/bin/time

# squidGuard's expressionlist and Tutela's illegal lists do not meet: the real IWF and police lists are names and
# URLs, and a bundle's "iwf"/"terrorism" files take no expressions. The stand-in iwf and terrorism directories are
# loaded without their expressions on both sides.
HARMFUL_DIRS=(adult agressif chat dating doh drogue gambling games malware phishing redirector social_networks vpn
              warez webmail)
ILLEGAL_DIRS=(iwf terrorism)
# The Tutela categories those directories map to (BlockListFiles.UT1).
BLOCKED_CATEGORIES='"pornography", "violence", "chat", "dating", "doh", "drugs", "gambling", "games", "malware",
                    "proxy-vpn", "social-networking", "piracy", "webmail"'

say() { printf '\n== %s\n' "$*"; }

# --- tools --------------------------------------------------------------------------------------------------------
if ! command -v squidGuard >/dev/null; then
    say "installing squidguard"
    DEBIAN_FRONTEND=noninteractive apt-get install -y squidguard
fi
if [ ! -x $TIME ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y time
fi
SQUID_JAR=squid/target/tutela-squid-0.1.0-SNAPSHOT.jar
if [ ! -f "$SQUID_JAR" ] || [ ! -d filtering/target/test-classes ]; then
    say "building the helper"
    ./mvnw -B -ntp install -DskipTests -pl filtering,squid -am
fi
mkdir -p "$OUT"
if [ ! -f "$OUT/classpath.txt" ] || [ squid/pom.xml -nt "$OUT/classpath.txt" ] || [ filtering/pom.xml -nt "$OUT/classpath.txt" ]; then
    ./mvnw -B -ntp -o -pl squid dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
fi
# The worktree's own classes, not whatever tutela-filtering sits in ~/.m2.
CLASSPATH_RUN="$SQUID_JAR:filtering/target/tutela-filtering-0.1.0-SNAPSHOT.jar:$(tr ':' '\n' < "$OUT/classpath.txt" | grep -v tutela-filtering | paste -sd:)"

# --- lists and stream ---------------------------------------------------------------------------------------------
if [ ! -f "$OUT/requests.txt" ] || [ ! -d "$GENERATED/adult" ]; then
    say "generating lists and requests"
    java -cp filtering/target/test-classes:filtering/target/classes \
        org.tutela.filtering.synthetic.SyntheticLists --out "$OUT"
fi

if [ ! -d "$LISTS" ]; then
    # The same files, hard-linked, without the expressions.
    cp -al "$GENERATED" "$LISTS"
    rm -f "$LISTS"/*/expressions
fi

# --- squidGuard ---------------------------------------------------------------------------------------------------
mkdir -p "$SG/log"
if [ ! -d "$SG/db" ]; then
    # Hard links: squidGuard writes its .db files beside the lists, and Tutela reads the originals.
    cp -al "$LISTS" "$SG/db"
fi
{
    echo "dbhome $PWD/$SG/db"
    echo "logdir $PWD/$SG/log"
    for d in "${HARMFUL_DIRS[@]}"; do
        printf 'dest %s {\n  domainlist %s/domains\n  urllist %s/urls\n' "$d" "$d" "$d"
        if [ -f "$LISTS/$d/expressions" ]; then printf '  expressionlist %s/expressions\n' "$d"; fi
        printf '}\n'
    done
    for d in "${ILLEGAL_DIRS[@]}"; do
        printf 'dest %s {\n  domainlist %s/domains\n  urllist %s/urls\n}\n' "$d" "$d" "$d"
    done
    echo "acl {"
    echo "  default {"
    printf '    pass'
    for d in "${ILLEGAL_DIRS[@]}" "${HARMFUL_DIRS[@]}"; do printf ' !%s' "$d"; done
    echo " all"
    echo "    redirect $BLOCK_PAGE"
    echo "  }"
    echo "}"
} > "$SG/squidGuard.conf"
if [ ! -f "$SG/db/adult/domains.db" ]; then
    say "building squidGuard's db"
    $TIME -v squidGuard -C all -c "$SG/squidGuard.conf" 2> "$SG/build.time"
    grep -E 'Elapsed|Maximum resident' "$SG/build.time"
fi

# --- Tutela -------------------------------------------------------------------------------------------------------
mkdir -p "$TU" "$RESULTS"
for d in "${ILLEGAL_DIRS[@]}"; do
    cat "$LISTS/$d/domains" "$LISTS/$d/urls" > "$TU/$d.txt"
done
cat > "$TU/policy.json" <<EOF
{ "version": 1, "school": "Benchmark School", "fallbackGroup": "everyone",
  "lists": { "ut1": "$PWD/$LISTS", "iwf": "$PWD/$TU/iwf.txt", "terrorism": "$PWD/$TU/terrorism.txt" },
  "groups": [ { "id": "everyone", "label": "Everyone",
                "block": [ $BLOCKED_CATEGORIES ],
                "allowListOnly": false, "safeSearch": false } ] }
EOF

# --- Squid 5 url_rewrite input ------------------------------------------------------------------------------------
# Squid 5's default url_rewrite_extras: "%>a/%>A %un %>rm myip=%la myport=%lp". A request with no scheme is how Squid
# passes a CONNECT (host:port). Tutela runs with concurrency (channel IDs 0-31); squidGuard 1.6 without.
if [ ! -f "$OUT/squid-input.txt" ] || [ "$OUT/requests.txt" -nt "$OUT/squid-input.txt" ]; then
    awk '{ m = ($0 ~ /^[A-Za-z][A-Za-z0-9+.-]*:\/\//) ? "GET" : "CONNECT";
           print $0 " 10.0.0." (NR % 200 + 1) "/- - " m " myip=10.0.0.254 myport=3128" }' \
        "$OUT/requests.txt" > "$OUT/squid-input.txt"
    awk '{ print (NR - 1) % 32 " " $0 }' "$OUT/squid-input.txt" > "$OUT/squid-input.channels.txt"
fi
LINES=$(wc -l < "$OUT/squid-input.txt")

# --- runs ---------------------------------------------------------------------------------------------------------
if [ "${CDS:-no}" = yes ]; then
    rm -f "$TU/helper.jsa"
    # shellcheck disable=SC2086
    head -n 20000 "$OUT/squid-input.channels.txt" | java $JAVA_OPTS -XX:ArchiveClassesAtExit="$TU/helper.jsa" \
        -cp "$CLASSPATH_RUN" org.tutela.squid.SquidHelperMain --mode rewrite --block-page "$BLOCK_PAGE" \
        --policy "$PWD/$TU/policy.json" > /dev/null 2> "$TU/cds-training.log"
    [ -s "$TU/helper.jsa" ] || { echo "no class-data archive written; see $TU/cds-training.log" >&2; exit 1; }
    JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$TU/helper.jsa"
fi
TUTELA_CMD=(java $JAVA_OPTS -cp "$CLASSPATH_RUN" org.tutela.squid.SquidHelperMain
            --mode rewrite --block-page "$BLOCK_PAGE" --policy "$PWD/$TU/policy.json")
SG_CMD=(squidGuard -c "$SG/squidGuard.conf")

say "machine"
echo "load average $(cut -d" " -f1-3 /proc/loadavg); nproc $(nproc); $(free -h | awk '/Mem:/ { print "memory " $2 " total, " $7 " available" }')"
echo "squidGuard: $(dpkg-query -W -f '${Version}' squidguard)"
echo "java: $(java -version 2>&1 | head -1)"
echo "Tutela: ${TUTELA_CMD[*]}"
echo "squidGuard: ${SG_CMD[*]}"
echo "$LINES requests"

# Wall time (s), peak RSS (kB) and CPU time (user + system, s) of one piped run, from GNU time. On a machine other
# work is using, CPU time says what the helper costs; wall time says what it got.
measure() { # name input output command...
    local name=$1 input=$2 output=$3; shift 3
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    $TIME -f '%e %M %U %S' -o "$RESULTS/$name.time" "$@" < "$input" > "$output" 2> "$RESULTS/$name.stderr"
    read -r wall rss user sys < "$RESULTS/$name.time"
    awk -v n="$name" -v w="$wall" -v r="$rss" -v u="$user" -v s="$sys" -v l="$LINES" -v load="$load" \
        'BEGIN { c = u + s;
                 if (n ~ /startup/) printf "%-20s %6.2f s wall %6.2f s CPU  %6.1f MB RSS  (load before: %s)\n", n, w, c, r / 1024, load;
                 else printf "%-20s %6.2f s wall %8.0f URLs/s  %6.2f s CPU %8.0f URLs/CPU-s  %6.1f MB RSS  (load before: %s)\n",
                             n, w, l / w, c, l / c, r / 1024, load }'
    echo "$wall $rss $user $sys $load" >> "$RESULTS/$name.runs"
}

say "start-up alone (empty input)"
measure tutela-startup /dev/null /dev/null "${TUTELA_CMD[@]}"
measure squidguard-startup /dev/null /dev/null "${SG_CMD[@]}"

say "$RUNS runs each over the same $LINES lines"
rm -f "$RESULTS/tutela.runs" "$RESULTS/squidguard.runs" "$RESULTS/tutela-base.runs"
BASE_CMD=()
if [ -n "${BASELINE_CLASSPATH:-}" ]; then
    # shellcheck disable=SC2206
    BASE_CMD=(java ${BASELINE_JAVA_OPTS:-${TUTELA_JAVA_OPTS:--Xmx96m -Xmn8m -XX:+UseSerialGC}}
              -cp "$BASELINE_CLASSPATH:$(tr ':' '\n' < "$OUT/classpath.txt" | grep -v tutela-filtering | paste -sd:)"
              org.tutela.squid.SquidHelperMain --mode rewrite --block-page "$BLOCK_PAGE" --policy "$PWD/$TU/policy.json")
    echo "baseline: ${BASE_CMD[*]}"
fi
for run in $(seq 1 "$RUNS"); do
    if [ ${#BASE_CMD[@]} -gt 0 ]; then
        measure tutela-base "$OUT/squid-input.channels.txt" "$TU/answers-base.$run.txt" "${BASE_CMD[@]}"
    fi
    measure tutela "$OUT/squid-input.channels.txt" "$TU/answers.$run.txt" "${TUTELA_CMD[@]}"
    if [ ${#BASE_CMD[@]} -gt 0 ] && ! cmp -s "$TU/answers-base.$run.txt" "$TU/answers.$run.txt"; then
        echo "run $run: the baseline's answers and this build's differ" >&2
        exit 1
    fi
    measure squidguard "$OUT/squid-input.txt" "$SG/answers.$run.txt" "${SG_CMD[@]}"
done

say "summary (range over $RUNS runs; wall time includes start-up and list loading)"
summary() { awk -v n="$1" -v l="$LINES" '
    { u = l / $1; if (NR == 1 || u < lo) lo = u; if (NR == 1 || u > hi) hi = u; sum += u;
      c = l / ($3 + $4); csum += c; if (NR == 1 || c < clo) clo = c; if (NR == 1 || c > chi) chi = c;
      if (NR == 1 || $2 > rss) rss = $2; }
    END { printf "%-11s %7.0f-%-7.0f URLs/s wall (mean %.0f), %7.0f-%-7.0f URLs/CPU-s, peak RSS up to %.1f MB\n",
                 n, lo, hi, sum / NR, clo, chi, rss / 1024;
          print lo, hi, sum / NR, csum / NR > "/dev/stderr" }' "$RESULTS/$1.runs"; }
summary tutela 2> "$RESULTS/tutela.rate"
[ -s "$RESULTS/tutela-base.runs" ] && summary tutela-base 2> "$RESULTS/tutela-base.rate"
summary squidguard 2> "$RESULTS/squidguard.rate"
read -r tlo thi tmean tcpu < "$RESULTS/tutela.rate"
read -r slo shi smean scpu < "$RESULTS/squidguard.rate"
awk -v tlo="$tlo" -v thi="$thi" -v tm="$tmean" -v slo="$slo" -v shi="$shi" -v sm="$smean" -v tc="$tcpu" -v sc="$scpu" \
    'BEGIN { printf "ratio Tutela/squidGuard: %.2fx wall on the means (%.2fx-%.2fx worst to best pairing), %.2fx per CPU-second\n",
             tm / sm, tlo / shi, thi / slo, tc / sc }'

# --- verdicts -----------------------------------------------------------------------------------------------------
# squidGuard 1.6.0 (Debian) answers a redirect with 'OK rewrite-url="..."' and no change with 'ERR'; older versions
# print the URL or an empty line. Tutela answers '<channel> OK status=302 url="..."' (a page) or
# '<channel> OK rewrite-url="..."' (a tunnel) and '<channel> ERR'. Anything else (BH, a missing line) is OTHER.
say "verdicts"
for run in $(seq 2 "$RUNS"); do
    cmp -s "$TU/answers.1.txt" "$TU/answers.$run.txt" || echo "Tutela's answers differ between run 1 and run $run"
    cmp -s "$SG/answers.1.txt" "$SG/answers.$run.txt" || echo "squidGuard's answers differ between run 1 and run $run"
done
awk '{ sub(/^[0-9]+ /, "");
       if ($0 ~ /^OK (status=30[1-8] )?(url|rewrite-url)=/) v = "BLOCK"; else if ($0 == "ERR") v = "ALLOW"; else v = "OTHER";
       print v }' "$TU/answers.1.txt" > "$TU/verdicts.txt"
awk '{ if ($0 ~ /^OK (rewrite-url|url)=/ || $0 ~ /^[a-z]+:\/\//) v = "BLOCK";
       else if ($0 == "ERR" || $0 == "" || $0 == "OK") v = "ALLOW"; else v = "OTHER";
       print v }' "$SG/answers.1.txt" > "$SG/verdicts.txt"
for side in "$TU" "$SG"; do
    [ "$(wc -l < "$side/verdicts.txt")" -eq "$LINES" ] || echo "$side: $(wc -l < "$side/verdicts.txt") answers for $LINES requests"
done
echo "Tutela:     $(sort "$TU/verdicts.txt" | uniq -c | tr -s ' ' | paste -sd, -)"
echo "squidGuard: $(sort "$SG/verdicts.txt" | uniq -c | tr -s ' ' | paste -sd, -)"
paste -d' ' "$TU/verdicts.txt" "$SG/verdicts.txt" "$OUT/requests.expected" "$OUT/requests.txt" > "$RESULTS/verdicts.txt"
DISAGREE=$(awk '$1 != $2' "$RESULTS/verdicts.txt" | wc -l)
echo "disagreements: $DISAGREE of $LINES lines"
if [ "$DISAGREE" -ne 0 ]; then
    echo "first disagreements (tutela squidguard generator's-category url):"
    awk '$1 != $2 { print NR ": " $0 }' "$RESULTS/verdicts.txt" | head -20
    exit 1
fi
# Not a check of either helper, a check of this script: how the agreed verdicts match what the generator expected.
echo "agreed verdicts against the generator's categories (listed = not '-'):"
awk '{ print $1, ($3 == "-" ? "unlisted" : "listed") }' "$RESULTS/verdicts.txt" | sort | uniq -c
