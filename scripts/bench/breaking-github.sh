#!/usr/bin/env bash
# The GitHub pair of issue 3, ours and the peer in the same run: @octokit/openapi 22.0.0 -> 23.0.2 (api.github.com.json),
# `contractgen breaking` (Release build) vs `redocly diff` (@redocly/cli 2.77.0), RUNS times each, alternating.
# Prints per run wall time, CPU time (user+sys), peak RSS and exit code, then the medians, the ratio and the load.
#   scripts/bench/breaking-github.sh [RUNS]          (default 5; needs GNU time at /usr/bin/time)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
nm=$root/tools/node/node_modules
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
dotnet build "$root/src/ContractGen.Cli" -c Release -v q -nologo >/dev/null
cg=(dotnet "$root/src/ContractGen.Cli/bin/Release/net10.0/contractgen.dll")
prev=$nm/@octokit/openapi-prev/generated/api.github.com.json
cur=$nm/@octokit/openapi/generated/api.github.com.json
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "# load before: $(uptime)"
one() { # label, command...
  local label=$1; shift
  local rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" > "$work/$label.out" 2> "$work/$label.err" || rc=$?
  read -r wall user sys rss < <(tail -1 "$work/t")
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  echo "$label wall_s=$wall cpu_s=$cpu peak_kb=$rss exit=$rc"
  echo "$wall" >> "$work/$label.wall"; echo "$cpu" >> "$work/$label.cpu"
}
for _ in $(seq "$runs"); do
  one contractgen "${cg[@]}" breaking "$cur" --against "$prev" --format json
  one redocly "$nm/.bin/redocly" diff "$prev" "$cur" --format json --fail-on none
done
median() { sort -g "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ours=$(median "$work/contractgen.wall"); peer=$(median "$work/redocly.wall")
echo "# median wall: contractgen ${ours} s, redocly ${peer} s, ratio $(awk -v p="$peer" -v o="$ours" 'BEGIN {printf "%.2f", p / o}')x"
echo "# median cpu:  contractgen $(median "$work/contractgen.cpu") s, redocly $(median "$work/redocly.cpu") s"
python3 - "$work/contractgen.out" "$work/redocly.out" <<'PY'
import json, sys
o = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
print(f"# findings: contractgen {o['summary']['errors']} errors, {o['summary']['warnings']} warnings, {o['summary']['infos']} info;"
      f" redocly {r['summary']['major']} major, {r['summary']['minor']} minor, {r['summary']['patch']} patch")
PY
echo "# load after: $(uptime)"
