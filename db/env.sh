#!/usr/bin/env bash
# Shared settings for the UtmStudio dev PostgreSQL cluster.
#
# Sourced by db/*.sh and run.sh. Every value can be overridden from the
# environment, e.g. `UTMSTUDIO_PG_PORT=55433 db/start.sh`.
# Run it directly (`db/env.sh`) to print the effective settings.
#
# It does not `set -euo pipefail` itself when sourced (that would leak into an
# interactive shell); the calling scripts set it. It uses `return` on errors
# so a caller under `set -e` stops, while an interactive shell survives.

UTMSTUDIO_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

export UTMSTUDIO_PG_HOST="${UTMSTUDIO_PG_HOST:-127.0.0.1}"
export UTMSTUDIO_PG_PORT="${UTMSTUDIO_PG_PORT:-55432}"
export UTMSTUDIO_PG_DB="${UTMSTUDIO_PG_DB:-utmstudio}"
# Owner: owns the database and the public schema, runs the EF migrations.
export UTMSTUDIO_PG_OWNER="${UTMSTUDIO_PG_OWNER:-utmstudio_owner}"
export UTMSTUDIO_PG_OWNER_PASSWORD="${UTMSTUDIO_PG_OWNER_PASSWORD:-utmstudio_owner}"
# App: what the running web app connects as; gets only the grants the migrations give it.
export UTMSTUDIO_PG_APP="${UTMSTUDIO_PG_APP:-utmstudio_app}"
export UTMSTUDIO_PG_APP_PASSWORD="${UTMSTUDIO_PG_APP_PASSWORD:-utmstudio_app}"
# Cluster superuser name (created by initdb; only reachable over the unix socket).
export UTMSTUDIO_PG_SUPERUSER="${UTMSTUDIO_PG_SUPERUSER:-postgres}"

if [[ $(id -u) -eq 0 ]]; then UTMSTUDIO_IS_ROOT=1; else UTMSTUDIO_IS_ROOT=0; fi

# Run a command as the OS user that owns the cluster. initdb/postgres/pg_ctl
# refuse to run as root, so as root we switch to `postgres`; `cd /` avoids
# "could not change directory" warnings when postgres cannot enter $PWD.
# fd 9 (our lock, see utm_lock) is closed so a started postmaster cannot
# inherit it and hold the lock for its whole lifetime.
utm_as_pg() {
    if [[ $UTMSTUDIO_IS_ROOT -eq 1 ]]; then
        (cd / && runuser -u postgres -- "$@" 9>&-)
    else
        "$@" 9>&-
    fi
}

# Print the directory holding initdb/pg_ctl/psql, or nothing.
utm_find_pg_bin() {
    local d
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
        echo /usr/lib/postgresql/15/bin; return 0
    fi
    # Newest other installed major version.
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return 0; fi
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir 2>/dev/null || true)"
        if [[ -n "$d" && -x "$d/initdb" ]]; then echo "$d"; return 0; fi
    fi
    return 0
}

if [[ -z "${UTMSTUDIO_PG_BIN:-}" ]]; then
    UTMSTUDIO_PG_BIN="$(utm_find_pg_bin)"
    if [[ -z "$UTMSTUDIO_PG_BIN" ]]; then
        if [[ $UTMSTUDIO_IS_ROOT -eq 1 ]] && command -v apt-get >/dev/null 2>&1; then
            echo "PostgreSQL server binaries not found; installing Debian's 'postgresql' package..." >&2
            DEBIAN_FRONTEND=noninteractive apt-get update >&2 || return 1
            DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2 || return 1
            UTMSTUDIO_PG_BIN="$(utm_find_pg_bin)"
        fi
        if [[ -z "$UTMSTUDIO_PG_BIN" ]]; then
            echo "ERROR: PostgreSQL server binaries (initdb, pg_ctl) not found." >&2
            echo "       Install them with:  sudo apt-get update && sudo apt-get install -y postgresql" >&2
            echo "       or point UTMSTUDIO_PG_BIN at a directory containing initdb/pg_ctl/psql." >&2
            return 1
        fi
    fi
fi
export UTMSTUDIO_PG_BIN
if [[ ! -x "$UTMSTUDIO_PG_BIN/pg_ctl" ]]; then
    echo "ERROR: UTMSTUDIO_PG_BIN=$UTMSTUDIO_PG_BIN does not contain pg_ctl." >&2
    return 1
fi

# Data directory. Prefer the (git-ignored) repo folder; as root it must be
# reachable by the postgres OS user, which needs +x on every parent dir
# (`test -x` as postgres resolves the whole path, so it checks all of them).
utm_default_data_dir() {
    local repo_dir="$UTMSTUDIO_REPO_ROOT/.local/postgres/$UTMSTUDIO_PG_PORT"
    if [[ $UTMSTUDIO_IS_ROOT -eq 0 ]]; then echo "$repo_dir"; return 0; fi
    local probe="$UTMSTUDIO_REPO_ROOT"
    [[ -d "$UTMSTUDIO_REPO_ROOT/.local" ]] && probe="$UTMSTUDIO_REPO_ROOT/.local"
    [[ -d "$UTMSTUDIO_REPO_ROOT/.local/postgres" ]] && probe="$UTMSTUDIO_REPO_ROOT/.local/postgres"
    if (cd / && runuser -u postgres -- test -x "$probe") 2>/dev/null; then
        echo "$repo_dir"
    else
        echo "/tmp/utmstudio-postgres/$UTMSTUDIO_PG_PORT"
    fi
}
export UTMSTUDIO_PG_DATA="${UTMSTUDIO_PG_DATA:-$(utm_default_data_dir)}"

# Unix socket lives in the data dir (no /var/run needed). Socket paths are
# limited to ~107 bytes, so fall back to /tmp for very deep checkouts.
if [[ -z "${UTMSTUDIO_PG_SOCKET_DIR:-}" ]]; then
    if (( ${#UTMSTUDIO_PG_DATA} + 11 + ${#UTMSTUDIO_PG_PORT} <= 107 )); then
        UTMSTUDIO_PG_SOCKET_DIR="$UTMSTUDIO_PG_DATA"
    else
        UTMSTUDIO_PG_SOCKET_DIR="/tmp/utmstudio-postgres/sock-$UTMSTUDIO_PG_PORT"
    fi
fi
export UTMSTUDIO_PG_SOCKET_DIR
export UTMSTUDIO_PG_LOG="$UTMSTUDIO_PG_DATA/server.log"

# .NET (Npgsql) connection strings. Values are not quoted, so keep ';' out of passwords.
export UTMSTUDIO_OWNER_CONNECTION="Host=$UTMSTUDIO_PG_HOST;Port=$UTMSTUDIO_PG_PORT;Database=$UTMSTUDIO_PG_DB;Username=$UTMSTUDIO_PG_OWNER;Password=$UTMSTUDIO_PG_OWNER_PASSWORD"
export UTMSTUDIO_APP_CONNECTION="Host=$UTMSTUDIO_PG_HOST;Port=$UTMSTUDIO_PG_PORT;Database=$UTMSTUDIO_PG_DB;Username=$UTMSTUDIO_PG_APP;Password=$UTMSTUDIO_PG_APP_PASSWORD"

# ---------------------------------------------------------------- helpers

# True if *our* cluster (this data dir) has a live postmaster.
utm_pg_running() {
    [[ -f "$UTMSTUDIO_PG_DATA/PG_VERSION" ]] || return 1
    utm_as_pg "$UTMSTUDIO_PG_BIN/pg_ctl" status -D "$UTMSTUDIO_PG_DATA" >/dev/null 2>&1
}

# True if our cluster accepts connections on its unix socket.
utm_pg_ready() {
    utm_as_pg "$UTMSTUDIO_PG_BIN/pg_isready" -q -h "$UTMSTUDIO_PG_SOCKET_DIR" -p "$UTMSTUDIO_PG_PORT" >/dev/null 2>&1
}

# True if anything accepts TCP connections on host:port.
utm_port_busy() {
    local host="$1" port="$2"
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" >/dev/null 2>&1
}

# psql as the cluster superuser over the unix socket (trust auth).
utm_psql_super() {
    utm_as_pg "$UTMSTUDIO_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$UTMSTUDIO_PG_SOCKET_DIR" -p "$UTMSTUDIO_PG_PORT" -U "$UTMSTUDIO_PG_SUPERUSER" "$@"
}

# Serialise start/stop/reset so two concurrent callers cannot race
# (e.g. two CREATE ROLE at once). The lock is released when the script exits.
utm_lock() {
    local lock="${UTMSTUDIO_PG_DATA%/}.lock"
    mkdir -p "$(dirname "$lock")"
    exec 9>"$lock"
    if ! flock -w 120 9; then
        echo "ERROR: timed out waiting for lock $lock (another db script running?)" >&2
        return 1
    fi
}

# Idempotently create roles, database and the base grants.
# Passwords are (re)set every time so changed env overrides take effect.
# Tables and their grants come from the EF migrations (run as the owner).
utm_provision() {
    utm_psql_super -d postgres \
        -v owner="$UTMSTUDIO_PG_OWNER" -v owner_pw="$UTMSTUDIO_PG_OWNER_PASSWORD" \
        -v app="$UTMSTUDIO_PG_APP" -v app_pw="$UTMSTUDIO_PG_APP_PASSWORD" \
        -v db="$UTMSTUDIO_PG_DB" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE BYPASSRLS PASSWORD %L', :'owner', :'owner_pw') \gexec

SELECT format('CREATE ROLE %I LOGIN', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', :'app', :'app_pw') \gexec

-- CREATE DATABASE cannot run inside DO/transactions, hence \gexec.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L', :'db', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db', :'app') \gexec

\connect :"db"
-- PG15: public schema is owned by pg_database_owner (= the owner role), so the
-- owner can create tables; the app role may only use what it is granted.
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SQL
}

utm_print_connections() {
    echo "UTMSTUDIO_OWNER_CONNECTION=\"$UTMSTUDIO_OWNER_CONNECTION\""
    echo "UTMSTUDIO_APP_CONNECTION=\"$UTMSTUDIO_APP_CONNECTION\""
}

# Executed directly: show the effective configuration.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    echo "repo root : $UTMSTUDIO_REPO_ROOT"
    echo "pg bin    : $UTMSTUDIO_PG_BIN"
    echo "host:port : $UTMSTUDIO_PG_HOST:$UTMSTUDIO_PG_PORT"
    echo "database  : $UTMSTUDIO_PG_DB"
    echo "data dir  : $UTMSTUDIO_PG_DATA"
    echo "socket dir: $UTMSTUDIO_PG_SOCKET_DIR"
    utm_print_connections
fi
