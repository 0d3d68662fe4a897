#!/usr/bin/env bash
# Adds an EF Core migration to both providers' sets, so that a model change reaches SQLite and PostgreSQL alike:
#   src/Jusoteki.Infrastructure/Migrations             (SQLite, the embedded default)
#   src/Jusoteki.Infrastructure.PostgreSql/Migrations  (PostgreSQL)
#   usage: scripts/add-migration.sh <MigrationName>
# dotnet-ef is not on our package source, so this runs the ef.dll that ships inside Microsoft.EntityFrameworkCore.Tools.
# No database is needed: the design-time factory (JUSOTEKI_DESIGN_PROVIDER picks the provider) only builds the model.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

dotnet build src/Jusoteki.Web -c Debug -nologo -v q
version=$(sed -n 's/.*Include="Microsoft.EntityFrameworkCore.Tools" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
ef=$(ls "$packages/microsoft.entityframeworkcore.tools/$version"/tools/net*/any/ef.dll 2>/dev/null | sort -V | tail -n 1)
[ -n "$ef" ] || { echo "ef.dll not found under $packages/microsoft.entityframeworkcore.tools/$version (run 'dotnet restore' first)" >&2; exit 1; }

out=src/Jusoteki.Web/bin/Debug/net10.0
add() { # provider, project (its assembly holds that provider's migrations)
  JUSOTEKI_DESIGN_PROVIDER=$1 dotnet exec --depsfile "$out/Jusoteki.Web.deps.json" --runtimeconfig "$out/Jusoteki.Web.runtimeconfig.json" \
    --additionalprobingpath "$packages" "$ef" migrations add "$name" --context JusotekiDbContext \
    --assembly "$out/$2.dll" --startup-assembly "$out/Jusoteki.Web.dll" \
    --project-dir "src/$2" --root-namespace "$2" --output-dir Migrations
}
add Sqlite Jusoteki.Infrastructure
add PostgreSQL Jusoteki.Infrastructure.PostgreSql
