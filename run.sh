#!/usr/bin/env bash
# Run UtmStudio locally against the dev PostgreSQL cluster.
#
# Usage: ./run.sh [--demo] [extra app arguments...]
#   --demo   seed optional demo data (sets UTMSTUDIO_DEMO_DATA=true)
#   PORT=5090 ./run.sh   to listen on another port (default 5080)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
repo="$PWD"

port="${PORT:-5080}"
demo_note=""
app_args=()
for arg in "$@"; do
    case "$arg" in
        --demo) export UTMSTUDIO_DEMO_DATA=true; demo_note=" (with demo data)" ;;
        *) app_args+=("$arg") ;;
    esac
done

command -v dotnet >/dev/null 2>&1 || { echo "ERROR: dotnet SDK not found on PATH." >&2; exit 1; }

port_busy() { timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$port" >/dev/null 2>&1; }
if port_busy; then
    echo "ERROR: port $port is already in use (UtmStudio already running?). Stop it or use PORT=<other> $0" >&2
    exit 1
fi

# One run.sh per port at a time: the lock is held while we build and is then
# inherited by `dotnet run` and the app, so it lasts until the app exits.
# A second ./run.sh therefore fails fast instead of rebuilding obj/ and bin/
# under a running (or still building) first instance.
mkdir -p "$repo/.local"
exec 8>"$repo/.local/run-$port.lock"
if ! flock -n 8; then
    echo "ERROR: port $port is in use: another ./run.sh for this port is already running or building." >&2
    exit 1
fi

# Dev database (idempotent; no-op when already running). 8>&- keeps the lock
# out of the postmaster, which outlives this script.
"$repo/db/start.sh" 8>&-
source "$repo/db/env.sh"

# Build separately, without the lock fd, so long-lived MSBuild/compiler
# server processes cannot inherit it and keep the port "locked" after exit.
dotnet build "$repo/UtmStudio/UtmStudio.csproj" -nologo -v quiet 8>&-

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__App="$UTMSTUDIO_APP_CONNECTION"
export ConnectionStrings__Owner="$UTMSTUDIO_OWNER_CONNECTION"

if port_busy; then
    echo "ERROR: port $port was taken while building. Stop that process or use PORT=<other> $0" >&2
    exit 1
fi
echo "UtmStudio: http://127.0.0.1:$port$demo_note"
# --no-launch-profile: this script's env/URL are authoritative, not launchSettings.json.
exec dotnet run --project "$repo/UtmStudio/UtmStudio.csproj" --no-build --no-launch-profile \
    -- --urls "http://127.0.0.1:$port" "${app_args[@]}"
