#!/usr/bin/env bash
# Packs the contractgen dotnet tool into artifacts/packages, the local feed named in nuget.config.
# Then: dotnet tool install --global contractgen --add-source artifacts/packages
#   (or a local tool: dotnet new tool-manifest && dotnet tool install contractgen --add-source artifacts/packages)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p artifacts/packages
dotnet pack src/ContractGen.Cli -c Release -nologo -o artifacts/packages
ls -1 artifacts/packages/*.nupkg
