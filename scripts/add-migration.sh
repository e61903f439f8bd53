#!/usr/bin/env bash
# Adds a migration for one module on BOTH providers (every model change needs both).
#   scripts/add-migration.sh Platform AddSomething
# The module's contexts must be named Sqlite<Module>DbContext and Postgres<Module>DbContext, with
# migrations under src/MachiDx/<Module>/Data/Migrations/{Sqlite,Postgres}.
set -euo pipefail
module=${1:?module name, e.g. Platform}
name=${2:?migration name}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/MachiDx --context "${provider}${module}DbContext" \
    --output-dir "${module}/Data/Migrations/${provider}"
done
