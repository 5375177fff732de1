#!/usr/bin/env bash
# Drop and recreate the UtmStudio database (all data is lost; roles are kept).
# Usage: db/reset.sh [--yes]     (--yes: do not ask)
# The app re-creates the tables by running its EF migrations on next start.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
source "$here/env.sh"

yes=0
for arg in "$@"; do
    case "$arg" in
        --yes|-y) yes=1 ;;
        -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $arg (usage: $0 [--yes])" >&2; exit 2 ;;
    esac
done

if [[ $yes -eq 0 ]]; then
    if [[ ! -t 0 ]]; then
        echo "ERROR: not a terminal; pass --yes to reset without asking." >&2
        exit 2
    fi
    read -r -p "Drop and recreate database '$UTMSTUDIO_PG_DB' on $UTMSTUDIO_PG_HOST:$UTMSTUDIO_PG_PORT? All data will be lost. [y/N] " answer
    case "$answer" in
        y|Y|yes|YES) ;;
        *) echo "Aborted."; exit 1 ;;
    esac
fi

# Make sure the cluster runs and the roles exist before dropping.
"$here/start.sh" >/dev/null
utm_lock
echo "Dropping database '$UTMSTUDIO_PG_DB' ..."
# WITH (FORCE) disconnects a still-running app instead of failing.
utm_psql_super -d postgres -v db="$UTMSTUDIO_PG_DB" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SQL
echo "Recreating database '$UTMSTUDIO_PG_DB' ..."
utm_provision
echo "Done: empty database '$UTMSTUDIO_PG_DB' owned by $UTMSTUDIO_PG_OWNER."
