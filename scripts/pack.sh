#!/usr/bin/env bash
# Packs the contractgen dotnet tool into artifacts/packages, the local feed named in nuget.config (and samples/nuget.config).
# Then, from the repository root (README "Install the tool"):
#   dotnet tool install --global contractgen --add-source artifacts/packages      (or --tool-path DIR instead of --global)
#   a local tool: dotnet new tool-manifest && dotnet tool install contractgen --add-source artifacts/packages
# Every pack has the same version (Directory.Build.props), so this also drops that version from the NuGet global
# packages folder: the next `dotnet tool restore` takes the package just packed instead of a cached older one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p artifacts/packages
dotnet pack src/ContractGen.Cli -c Release -nologo -o artifacts/packages
version="$(dotnet msbuild src/ContractGen.Cli -nologo -getProperty:PackageVersion -p:Configuration=Release)"
cache="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
if [ -n "$cache" ] && [ -d "$cache/contractgen/$version" ]; then
  rm -rf "${cache:?}/contractgen/$version"
  echo "pack.sh: removed the cached contractgen $version from $cache"
fi
echo "artifacts/packages/contractgen.$version.nupkg"
