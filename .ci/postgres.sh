# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the shared-store tests.
# Installs Debian's server when no initdb is found, runs it as a non-root user (PostgreSQL
# refuses to run as root), exports BATON_TEST_DATABASE_URL, and stops it on exit. 200 connections:
# the fifty-writer test runs beside the other database tests.
# Set BATON_TEST_DATABASE_URL yourself to use a server you already have; this then does nothing.

baton_pg_find() {
    local tool=$1 dir
    if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return 0; fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/$tool" ] && { echo "$dir/$tool"; return 0; }
    done
    return 1
}

baton_pg_start() {
    if [ -n "${BATON_TEST_DATABASE_URL:-}" ]; then
        echo "postgres: using BATON_TEST_DATABASE_URL from the environment"
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if ! baton_pg_find initdb >/dev/null; then
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql
    fi
    local initdb pg_ctl
    initdb=$(baton_pg_find initdb) || { echo "CI needs PostgreSQL's initdb (Debian: postgresql)" >&2; return 1; }
    pg_ctl=$(baton_pg_find pg_ctl) || { echo "CI needs PostgreSQL's pg_ctl (Debian: postgresql)" >&2; return 1; }

    # PostgreSQL will not run as root: use a system user made for the purpose.
    local runas=()
    if [ "$(id -u)" -eq 0 ]; then
        id baton-ci >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin baton-ci
        runas=(runuser -u baton-ci --)
    fi

    BATON_PG_DIR=$(mktemp -d /tmp/baton-pg.XXXXXX)
    chmod 0755 "$BATON_PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown baton-ci "$BATON_PG_DIR"
    # A free port: ask the kernel for one, then give it straight to the server.
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    local password
    password="ci-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" > "$BATON_PG_DIR/pwfile"
    [ "$(id -u)" -eq 0 ] && chown baton-ci "$BATON_PG_DIR/pwfile"
    # From /, which the server's user can enter (the checkout may be private to root).
    (cd / && "${runas[@]}" "$initdb" -D "$BATON_PG_DIR/data" -U baton --auth=scram-sha-256 --pwfile="$BATON_PG_DIR/pwfile" \
        --encoding=UTF8 --no-locale >"$BATON_PG_DIR/initdb.log" 2>&1) \
        || { cat "$BATON_PG_DIR/initdb.log" >&2; return 1; }
    rm -f "$BATON_PG_DIR/pwfile"
    (cd / && "${runas[@]}" "$pg_ctl" -D "$BATON_PG_DIR/data" -l "$BATON_PG_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $BATON_PG_DIR -c max_connections=200" start >/dev/null) \
        || { cat "$BATON_PG_DIR/server.log" >&2; return 1; }
    BATON_PG_CTL=$pg_ctl
    BATON_PG_RUNAS="${runas[*]}"
    trap baton_pg_stop EXIT
    export BATON_TEST_DATABASE_URL="postgres://baton:$password@127.0.0.1:$port/postgres?sslmode=disable"
    echo "postgres: a throwaway server on 127.0.0.1:$port (data in $BATON_PG_DIR)"
}

baton_pg_stop() {
    [ -n "${BATON_PG_DIR:-}" ] || return 0
    (cd / && $BATON_PG_RUNAS "$BATON_PG_CTL" -D "$BATON_PG_DIR/data" -m fast -w stop >/dev/null 2>&1) || true
    rm -rf "$BATON_PG_DIR"
}

baton_pg_start
