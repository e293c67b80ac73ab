#!/usr/bin/env bash
# Installs and checks every toolchain the tests need, on a fresh machine or an old one (idempotent):
#   - the .NET SDK (must be there: it is the machine's own);
#   - tools/node: `npm ci` from the committed package-lock.json (tsc, pyright, buf, redocly, ajv, corpora);
#     install scripts are not run (npm 11 holds them back anyway): buf ships its binary in an optional
#     platform package, so it works without its postinstall;
#   - Go from Debian (apt-get install golang-go) when `go` is missing;
#   - python3 (the machine's).
# Prints the version of each. With CI=true a missing or broken toolchain is a failure (exit 1), never a skip;
# elsewhere it is a warning and the tests that need it skip with a message.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_dir="$root/tools/node"
bin="$node_dir/node_modules/.bin"
ci="${CI:-false}"
problems=0

say() { printf 'setup-toolchains: %s\n' "$*"; }
problem() {
  problems=$((problems + 1))
  if [ "$ci" = "true" ]; then say "ERROR: $*" >&2; else say "warning: $*" >&2; fi
}
as_root() { if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# True when node_modules holds exactly the versions of package-lock.json (optional packages of other
# platforms may be absent). Content is compared, not timestamps: a fresh clone has new mtimes.
npm_up_to_date() {
  [ -d "$node_dir/node_modules" ] || return 1
  (cd "$node_dir" && node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    let bad = 0;
    for (const [dir, entry] of Object.entries(lock.packages || {})) {
      if (!dir.startsWith("node_modules/")) continue;
      let version = null;
      try { version = JSON.parse(fs.readFileSync(dir + "/package.json", "utf8")).version; } catch { }
      if (version === null && entry.optional) continue;
      if (version !== entry.version) { bad++; if (bad <= 3) console.error("  " + dir + ": " + (version || "missing") + " (lock: " + entry.version + ")"); }
    }
    process.exit(bad ? 1 : 0);')
}

# npm tools: installed from the lock file unless already exactly there.
npm_install() {
  if ! command -v npm >/dev/null; then
    problem "npm is missing (install Node.js 20+ and npm)"
    return
  fi
  if npm_up_to_date; then
    say "tools/node: up to date with package-lock.json"
    return
  fi
  say "tools/node: npm ci (from package-lock.json, no install scripts)"
  if ! (cd "$node_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
    problem "npm ci failed in tools/node"
  fi
}

go_install() {
  if command -v go >/dev/null; then return; fi
  say "go: installing golang-go from Debian"
  if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null; }; then
    problem "could not install golang-go"
  fi
}

# check NAME COMMAND...: runs the command, prints the first line of its version.
check() {
  local name="$1"; shift
  local out line
  if out="$("$@" 2>&1)" && line="$(printf '%s\n' "$out" | grep -v '^[[:space:]]*$' | grep -v '[╔║╚]' | sed -n 1p)" && [ -n "$line" ]; then
    say "$(printf '%-8s %s' "$name" "$line")"
  else
    problem "$name is not working ($*)"
  fi
}

if ! command -v dotnet >/dev/null; then problem "dotnet is missing (install the .NET 10 SDK)"; fi
npm_install
go_install

check dotnet  dotnet --version
check node    node --version
check tsc     "$bin/tsc" --version
check pyright "$bin/pyright" --version
check buf     "$bin/buf" --version
check redocly "$bin/redocly" --version
check go      go version
check python3 python3 --version

if [ "$problems" -gt 0 ]; then
  if [ "$ci" = "true" ]; then
    say "$problems toolchain problem(s); failing because CI=true"
    exit 1
  fi
  say "$problems toolchain problem(s); tests that need them will be skipped (they fail when CI=true)"
fi
exit 0
