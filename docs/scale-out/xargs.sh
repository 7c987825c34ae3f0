#!/bin/sh
# One machine, N processes: verify the bundles under DIR in N shards at once, then merge the parts into one report —
# the same report and exit code as a single `govcat verify DIR` (see README.md beside this file).
#   sh docs/scale-out/xargs.sh [N] [DIR]      N: shards (default: the cores), DIR: the bundles (default: bundles/)
#   environment: AS_OF (default: today in China), OUT (default: verify-report.json)
set -eu
N=${1:-$(nproc)}
DIR=${2:-bundles/}
# One date for every shard: a merge refuses parts checked as of different days.
AS_OF=${AS_OF:-$(TZ=Asia/Shanghai date +%F)}
OUT=${OUT:-verify-report.json}
rm -f part-*.json

# Each shard runs one worker thread (--jobs 1): the N processes share the cores. Exit 1 (a bundle failed) still wrote
# its part, so it is not an error here; exit 2 (bad input) is, and xargs then stops with a non-zero status.
seq 1 "$N" | xargs -P "$N" -I{} sh -c "govcat verify '$DIR' --as-of $AS_OF --shard {}/$N --jobs 1 -f json -o part-{}.json --quiet || [ \$? -eq 1 ]"

# The parts merged: the JSON report to keep, then the table on the terminal with the batch's exit code (1: a bundle failed).
govcat verify --merge part-*.json -f json -o "$OUT" || [ $? -eq 1 ]
exec govcat verify --merge part-*.json
