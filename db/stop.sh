#!/usr/bin/env bash
# Stop the UtmStudio dev PostgreSQL cluster (fast shutdown). No-op if it is not running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [[ ! -f "$UTMSTUDIO_PG_DATA/PG_VERSION" ]]; then
    echo "No cluster at $UTMSTUDIO_PG_DATA; nothing to stop."
    exit 0
fi
utm_lock
if utm_pg_running; then
    echo "Stopping PostgreSQL ($UTMSTUDIO_PG_DATA) ..."
    # -m fast: roll back open transactions and disconnect clients instead of waiting for them.
    utm_as_pg "$UTMSTUDIO_PG_BIN/pg_ctl" stop -D "$UTMSTUDIO_PG_DATA" -m fast -w -t 60 >/dev/null
    echo "Stopped."
else
    echo "PostgreSQL is not running ($UTMSTUDIO_PG_DATA)."
fi
