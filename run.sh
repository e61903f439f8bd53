#!/usr/bin/env bash
# Runs MachiDX on this machine: SQLite under src/MachiDx/data/, created, migrated and filled with
# demo data on first start. Open the printed address in a browser; Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
url="${MACHIDX_URL:-http://localhost:5080}"
echo "MachiDX will be served at ${url}  (demo accounts: see README.md)"
exec dotnet run --project src/MachiDx --launch-profile MachiDx --urls "$url"
