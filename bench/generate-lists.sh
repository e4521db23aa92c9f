#!/bin/sh
# Writes synthetic block lists (squidGuard layout) and a request stream into bench/out, or where --out says.
# Arguments go to org.tutela.filtering.synthetic.SyntheticLists:
#   [--out DIR] [--domains N] [--urls N] [--requests N] [--seed N]
# Defaults: 1,000,000 names, 100,000 URL entries, 1,000,000 requests, seed 2026.
# Then time loading and deciding (prints CPU time, heap and time a decision; asserts nothing):
#   java -cp filtering/target/test-classes:filtering/target/classes \
#       org.tutela.filtering.synthetic.ListTiming bench/out/lists bench/out/requests.txt
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl filtering test-compile >&2
exec java -cp filtering/target/test-classes:filtering/target/classes \
    org.tutela.filtering.synthetic.SyntheticLists "$@"
