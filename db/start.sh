#!/usr/bin/env bash
# Start (creating it on first use) the private UtmStudio dev PostgreSQL
# cluster and make sure the roles/database exist. Safe to run repeatedly.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

DATA="$UTMSTUDIO_PG_DATA"
BIN="$UTMSTUDIO_PG_BIN"

# --- data directory: parents readable by postgres, the dir itself owned by it.
make_dir() {  # make_dir DIR MODE : create and, as root, hand it to postgres
    local dir="$1" mode="$2"
    mkdir -p "$dir"
    if [[ $UTMSTUDIO_IS_ROOT -eq 1 ]]; then
        chown postgres:postgres "$dir"
    fi
    chmod "$mode" "$dir"
}
parent="$(dirname "$DATA")"
if [[ ! -d "$parent" ]]; then
    mkdir -p "$parent"
    # Only loosen dirs we created ourselves, so postgres can traverse them.
    if [[ $UTMSTUDIO_IS_ROOT -eq 1 ]]; then chmod 755 "$parent"; fi
fi
if [[ "$parent" == "$UTMSTUDIO_REPO_ROOT/.local/postgres" && $UTMSTUDIO_IS_ROOT -eq 1 ]]; then
    # Our own git-ignored folders: postgres must be able to traverse them.
    chmod 755 "$UTMSTUDIO_REPO_ROOT/.local" "$parent"
fi
[[ -d "$DATA" ]] || make_dir "$DATA" 700
if [[ "$UTMSTUDIO_PG_SOCKET_DIR" != "$DATA" ]]; then
    mkdir -p "$(dirname "$UTMSTUDIO_PG_SOCKET_DIR")"
    make_dir "$UTMSTUDIO_PG_SOCKET_DIR" 700
fi

utm_lock

# --- initdb on first use.
if [[ -z "$(ls -A "$DATA")" ]]; then
    echo "Initialising new cluster in $DATA ..."
    locale_opt=(--locale=C)
    # Prefer a UTF-8 ctype so lower()/ILIKE handle non-ASCII letters.
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale_opt=(--locale=C.UTF-8); fi
    extra=()
    if "$BIN/initdb" --help | grep -q -- '--no-instructions'; then extra+=(--no-instructions); fi
    utm_as_pg "$BIN/initdb" -D "$DATA" -U "$UTMSTUDIO_PG_SUPERUSER" -E UTF8 "${locale_opt[@]}" \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync "${extra[@]}" >/dev/null
elif [[ ! -f "$DATA/PG_VERSION" ]]; then
    echo "ERROR: $DATA is not empty but is not a PostgreSQL data directory." >&2
    echo "       Move it away or set UTMSTUDIO_PG_DATA to another folder." >&2
    exit 1
fi

bin_major="$("$BIN/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
data_major="$(cat "$DATA/PG_VERSION")"
if [[ "$bin_major" != "$data_major" ]]; then
    echo "ERROR: cluster in $DATA is PostgreSQL $data_major but binaries in $BIN are $bin_major." >&2
    echo "       Set UTMSTUDIO_PG_BIN to the matching version, or remove the data dir (db/stop.sh; rm -rf $DATA)." >&2
    exit 1
fi

# --- our settings live in an included file, rewritten on every start so
# host/port overrides apply; pg_ctl then needs no fragile -o quoting.
sq() { printf "%s" "${1//\'/\'\'}"; }   # escape for a single-quoted conf value
conf="$DATA/utmstudio.conf"
utm_as_pg tee "$conf" >/dev/null <<EOF
# Written by db/start.sh on every start; edit db/start.sh instead.
listen_addresses = '$(sq "$UTMSTUDIO_PG_HOST")'
port = $UTMSTUDIO_PG_PORT
unix_socket_directories = '$(sq "$UTMSTUDIO_PG_SOCKET_DIR")'
# Throw-away dev cluster: trade crash safety for speed.
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_line_prefix = '%m [%p] %q%u@%d '
EOF
if ! grep -q "^include_if_exists = 'utmstudio.conf'" "$DATA/postgresql.conf"; then
    echo "include_if_exists = 'utmstudio.conf'" | utm_as_pg tee -a "$DATA/postgresql.conf" >/dev/null
fi

# --- start unless already running.
if utm_pg_running; then
    echo "Cluster already running ($DATA)."
else
    if utm_port_busy "$UTMSTUDIO_PG_HOST" "$UTMSTUDIO_PG_PORT"; then
        echo "ERROR: port $UTMSTUDIO_PG_PORT on $UTMSTUDIO_PG_HOST is already in use by another process," >&2
        echo "       not by the UtmStudio cluster in $DATA." >&2
        if command -v ss >/dev/null 2>&1; then
            ss -ltnp "sport = :$UTMSTUDIO_PG_PORT" 2>/dev/null | sed 's/^/       /' >&2 || true
        fi
        echo "       Stop that process or use another port: UTMSTUDIO_PG_PORT=55433 $0" >&2
        exit 1
    fi
    echo "Starting PostgreSQL on $UTMSTUDIO_PG_HOST:$UTMSTUDIO_PG_PORT (log: $UTMSTUDIO_PG_LOG) ..."
    if ! utm_as_pg "$BIN/pg_ctl" start -D "$DATA" -l "$UTMSTUDIO_PG_LOG" -w -t 60 >/dev/null; then
        echo "ERROR: PostgreSQL failed to start. Last log lines:" >&2
        tail -n 20 "$UTMSTUDIO_PG_LOG" >&2 || true
        exit 1
    fi
fi

# --- wait until it accepts connections (pg_ctl -w usually already did).
for _ in $(seq 1 60); do
    utm_pg_ready && break
    sleep 0.5
done
if ! utm_pg_ready; then
    echo "ERROR: PostgreSQL is not accepting connections on $UTMSTUDIO_PG_SOCKET_DIR:$UTMSTUDIO_PG_PORT." >&2
    tail -n 20 "$UTMSTUDIO_PG_LOG" >&2 || true
    exit 1
fi

utm_provision
echo "PostgreSQL ready: database '$UTMSTUDIO_PG_DB' on $UTMSTUDIO_PG_HOST:$UTMSTUDIO_PG_PORT (data: $DATA)"
utm_print_connections
