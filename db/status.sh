#!/usr/bin/env bash
# Show whether the UtmStudio dev cluster is running, where, and what it contains.
# Exit code: 0 running, 3 not running (same convention as pg_ctl status).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

echo "data dir : $UTMSTUDIO_PG_DATA"
echo "address  : $UTMSTUDIO_PG_HOST:$UTMSTUDIO_PG_PORT (socket dir: $UTMSTUDIO_PG_SOCKET_DIR)"
echo "binaries : $UTMSTUDIO_PG_BIN"
if [[ ! -f "$UTMSTUDIO_PG_DATA/PG_VERSION" ]]; then
    echo "status   : not initialised (run db/start.sh)"
    exit 3
fi
if ! utm_pg_running; then
    echo "status   : NOT running (start it with db/start.sh)"
    exit 3
fi
pid="$(utm_as_pg head -n 1 "$UTMSTUDIO_PG_DATA/postmaster.pid" 2>/dev/null || echo '?')"
if utm_pg_ready; then
    echo "status   : running (pid $pid), accepting connections"
else
    echo "status   : running (pid $pid), NOT accepting connections yet"
    exit 0
fi
echo
echo "Databases:"
utm_psql_super -d postgres -P footer=off -c \
  "SELECT datname AS database, pg_get_userbyid(datdba) AS owner,
          pg_encoding_to_char(encoding) AS encoding, pg_size_pretty(pg_database_size(oid)) AS size
     FROM pg_database WHERE NOT datistemplate ORDER BY 1"
echo "Roles:"
utm_psql_super -d postgres -P footer=off -c \
  "SELECT rolname AS role, rolcanlogin AS login, rolsuper AS superuser,
          rolcreatedb AS createdb, rolcreaterole AS createrole, rolbypassrls AS bypassrls
     FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY 1"
utm_print_connections
