#!/usr/bin/env bash
# Open psql on the UtmStudio database as the owner role (over TCP, like the app).
# Extra arguments go to psql, e.g.  db/psql.sh -c '\dt'
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! utm_port_busy "$UTMSTUDIO_PG_HOST" "$UTMSTUDIO_PG_PORT"; then
    echo "ERROR: nothing listens on $UTMSTUDIO_PG_HOST:$UTMSTUDIO_PG_PORT; run db/start.sh first." >&2
    exit 1
fi
# Password via env so it never shows up in `ps`; PG* vars only for this process.
export PGPASSWORD="$UTMSTUDIO_PG_OWNER_PASSWORD"
exec "$UTMSTUDIO_PG_BIN/psql" -h "$UTMSTUDIO_PG_HOST" -p "$UTMSTUDIO_PG_PORT" \
    -U "$UTMSTUDIO_PG_OWNER" -d "$UTMSTUDIO_PG_DB" "$@"
