#!/usr/bin/env bash
# Runs every MachiDX test on a fresh machine of this kind (Debian 12, .NET 10 SDK, root):
#   - installs Debian's chromium for the browser tests when it is missing,
#   - starts a throwaway PostgreSQL cluster (initdb + pg_ctl, temporary directory, free port)
#     and stops it afterwards (scripts/with-postgres.sh),
#   - builds the solution and runs every test project, then prints the counts.
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Audit".
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing: run 'sudo apt-get install chromium' (or run this script as root)." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export MACHIDX_CHROMIUM="$(command -v chromium)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Dozens of test hosts start in one process: no config-reload watchers (each costs an inotify instance, and the
# default limit is 128 per user), and file providers poll instead of watching.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

results=$(mktemp -d /tmp/machidx-test-results.XXXXXX)
trap 'rm -rf "$results"' EXIT

dotnet build MachiDx.slnx -c Release -nologo -v:q -clp:ErrorsOnly

status=0
# Test projects run one after another (-m:1): the browser and crash tests need the machine's 2 cores.
scripts/with-postgres.sh dotnet test MachiDx.slnx -c Release --no-build -m:1 \
  --logger "console;verbosity=minimal" --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
