#!/usr/bin/env bash
# The main job on the sample contracts: the payments API written as .proto, OpenAPI 3.1 and AsyncAPI 3.0,
# read into one model and printed (one sorted line per element). Extra arguments are passed on,
# e.g. `scripts/demo.sh --format json`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec dotnet run --project src/ContractGen.Cli -- inspect contracts/payments "$@"
