#!/usr/bin/env bash
# URLs the synthetic stream does not hold (trailing dots, user-info, escapes in the host, URL entries under a
# subdomain, IP literals), through squidGuard and Tutela's helper on the configuration bench/squid-vs-squidguard.sh
# wrote (run that first). Prints both verdicts for every line and marks the lines where they differ; exits 0 either
# way, since some differences are deliberate (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
N=$(head -1 $OUT/lists/adult/domains)
U=$(head -1 $OUT/lists/adult/urls)
E=maths-0000aa.example
cat > $OUT/edge-cases.txt <<LINES
http://$N/
http://$N./
http://$N.:80/x
http://user:pw@$N/
http://${N/./%2e}/
http://${N/./%2E}/
http://wwwx.$N/
http://${U}photo-1.jpg
http://${U%/}
http://www2.${U}photo-1.jpg
http://x.${U}photo-1.jpg
http://$E/topics/synthetic%2dadult%2d1%2d5/index.html
http://$E/topics/SYNTHETIC-ADULT-1-5/index.html
http://$E/search?q=1&amp;synthetic_adult_3=2
$N.:443
http://[::1]/
http://10.0.0.1/
ftp://$N/
LINES
awk '{ m = ($0 ~ /^[A-Za-z][A-Za-z0-9+.-]*:\/\//) ? "GET" : "CONNECT"; print $0 " 10.0.0.1/- - " m }' \
    $OUT/edge-cases.txt > $OUT/edge-cases.sg
awk '{ print NR - 1 " " $0 }' $OUT/edge-cases.sg > $OUT/edge-cases.tu
CP="squid/target/tutela-squid-0.1.0-SNAPSHOT.jar:filtering/target/tutela-filtering-0.1.0-SNAPSHOT.jar:$(tr ':' '\n' < $OUT/classpath.txt | grep -v tutela-filtering | paste -sd:)"
squidGuard -c $OUT/squidguard/squidGuard.conf < $OUT/edge-cases.sg > $OUT/edge-cases.sg.out
java -Xmx96m -Xmn8m -XX:+UseSerialGC -cp "$CP" org.tutela.squid.SquidHelperMain --mode rewrite \
    --block-page http://block.tutela.local/blocked --policy "$PWD/$OUT/tutela/policy.json" \
    < $OUT/edge-cases.tu > $OUT/edge-cases.tu.out 2> /dev/null
verdict() { sed 's/^[0-9]* //' "$1" | awk '{ print ($0 ~ /^OK (status=30[1-8] )?(url|rewrite-url)=/) ? "BLOCK" : ($0 == "ERR" ? "ALLOW" : "OTHER") }'; }
printf '%-8s %-10s %s\n' Tutela squidGuard URL
paste -d' ' <(verdict $OUT/edge-cases.tu.out) <(verdict $OUT/edge-cases.sg.out) $OUT/edge-cases.txt \
    | awk '{ printf "%-8s %-10s %s%s\n", $1, $2, $3, ($1 != $2 ? "   <- differs" : "") }'
