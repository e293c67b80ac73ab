#!/usr/bin/env bash
# Breaking-change benchmarks (issue 3), side by side in one run, RUNS times each, wall time and peak RSS
# (GNU time when present, else wall time only):
#   1. googleapis google/cloud/**/v1 protos (>= 1,000 files) compiled to images with the bundled protoc, against a
#      copy with 10 planted breaking changes (plant_changes.py): contractgen breaking vs buf breaking on the same two
#      images, then compare_findings.py matches each tool's findings with the planted changes;
#   2. GitHub's description @octokit/openapi 22.0.0 -> 23.0.2: contractgen breaking vs redocly diff.
#   scripts/bench/breaking.sh [RUNS] [all|proto|github]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
only=${2:-all}
nm=$root/tools/node/node_modules
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
dotnet build "$root/src/ContractGen.Cli" -c Release -v q -nologo >/dev/null
cg=(dotnet "$root/src/ContractGen.Cli/bin/Release/net10.0/contractgen.dll")
protoc=$(find "$root/src/ContractGen.Cli/bin/Release/net10.0" -path '*linux_x64*' -name protoc -type f | head -1)
inc=$(dirname "$(find "$root/src/ContractGen.Cli/bin/Release/net10.0" -path '*google/protobuf/descriptor.proto' | head -1)")/../..
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

timed() { # label, command... : one run; stdout kept in $work/<label>.out
  local label=$1; shift
  local start end rc=0 rss=""
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then /usr/bin/time -f '%M' -o "$work/rss" "$@" > "$work/$label.out" 2> "$work/$label.err" || rc=$?
  else "$@" > "$work/$label.out" 2> "$work/$label.err" || rc=$?; fi
  end=$(date +%s%N)
  [ -f "$work/rss" ] && rss=$(tail -1 "$work/rss")
  echo "$label ms=$(( (end - start) / 1000000 )) exit=$rc peakKB=${rss:-n/a} lines=$(wc -l < "$work/$label.out")"
}

# --- the proto pair -----------------------------------------------------------------------------------------
if [ "$only" != github ]; then
cp -r "$nm/google-proto-files" "$work/prev"; cp -r "$nm/google-proto-files" "$work/cur"
(cd "$work/prev" && find google/cloud -path '*/v1/*.proto' | sort) > "$work/files.txt"
python3 "$root/scripts/bench/plant_changes.py" "$work/cur" "$work/files.txt" > "$work/planted.tsv"
echo "# planted changes (label, file, element, buf's rules, contractgen-only rules):"; cat "$work/planted.tsv"
for side in prev cur; do
  (cd "$work/$side" && "$protoc" -I. -I"$inc" --include_imports --include_source_info -o "$work/$side.binpb" $(cat "$work/files.txt") 2>/dev/null)
done
echo "# files: $(wc -l < "$work/files.txt"), image sizes: $(stat -c %s "$work/prev.binpb") / $(stat -c %s "$work/cur.binpb") bytes"

echo "# load: $(uptime)"
for _ in $(seq "$runs"); do # interleaved, so both tools see the same load
  timed contractgen-proto "${cg[@]}" breaking "$work/cur.binpb" --against "$work/prev.binpb" --format json
  timed buf-proto "$nm/.bin/buf" breaking "$work/cur.binpb" --against "$work/prev.binpb" --error-format json
done
echo "# load: $(uptime)"
echo "# findings per planted change (contractgen exit 1 and buf exit 100 mean: breaking changes found):"
python3 "$root/scripts/bench/compare_findings.py" "$work/planted.tsv" "$work/buf-proto.out" "$work/contractgen-proto.out" || true
fi

# --- the GitHub pair ----------------------------------------------------------------------------------------
[ "$only" = proto ] && exit 0
prev=$nm/@octokit/openapi-prev/generated/api.github.com.json
cur=$nm/@octokit/openapi/generated/api.github.com.json
echo "# load: $(uptime)"
for _ in $(seq "$runs"); do
  timed contractgen-github "${cg[@]}" breaking "$cur" --against "$prev"
  timed redocly-github "$nm/.bin/redocly" diff "$prev" "$cur"
done
echo "# load: $(uptime)"
echo "# contractgen findings (GitHub): $(tail -1 "$work/contractgen-github.out")"
echo "# redocly (GitHub): $(grep -ciE 'major' "$work/redocly-github.out" || true) lines mention major"
