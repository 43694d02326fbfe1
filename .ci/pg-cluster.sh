#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, in a folder of its own:
#
#   pg-cluster.sh start DIR    initdb into DIR/data the first time (a free port on 127.0.0.1, a
#                              random password, user `baton`), then start it; prints its URL
#                              (postgres://baton:PASSWORD@127.0.0.1:PORT/postgres?sslmode=disable)
#                              on the first start. Starting it again reuses its port.
#   pg-cluster.sh restart DIR  pg_ctl restart -m fast: every connection is dropped
#   pg-cluster.sh stop DIR     pg_ctl stop -m fast; the data stays, `start DIR` brings it back
#   pg-cluster.sh remove DIR   stops it if running and removes DIR
#
# PostgreSQL will not run as root: as root, the server runs as `baton-ci`, a system user made for
# the purpose (runuser), and DIR is given to it. initdb and pg_ctl come from PATH, else the newest
# /usr/lib/postgresql/*/bin. Used by .ci/postgres.sh (the cluster of a CI run) and by the
# end-to-end test that restarts a server under two dashboards (run as a script, or sourced for
# its functions). Extra server settings when starting: PG_CLUSTER_OPTIONS.

pg_cluster_find() {
    local tool=$1 dir
    if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return 0; fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/$tool" ] && { echo "$dir/$tool"; return 0; }
    done
    return 1
}

# Runs a PostgreSQL tool as the server's user, from / (which that user can enter; the checkout
# or the caller's folder may be private to root).
pg_cluster_as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u baton-ci -- "$@")
    else
        (cd / && "$@")
    fi
}

pg_cluster_ctl() {
    local pg_ctl
    pg_ctl=$(pg_cluster_find pg_ctl) || { echo "needs PostgreSQL's pg_ctl (Debian: postgresql)" >&2; return 1; }
    pg_cluster_as_server "$pg_ctl" "$@"
}

pg_cluster_start() {
    local dir=$1 url=""
    if [ ! -d "$dir/data" ]; then
        local initdb
        initdb=$(pg_cluster_find initdb) || { echo "needs PostgreSQL's initdb (Debian: postgresql)" >&2; return 1; }
        mkdir -p "$dir"
        chmod 0755 "$dir"
        if [ "$(id -u)" -eq 0 ]; then
            id baton-ci >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin baton-ci
            chown baton-ci "$dir"
        fi
        # A free port: ask the kernel for one, then give it straight to the server.
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' > "$dir/port"
        local password
        password="ci-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
        (umask 077 && printf '%s\n' "$password" > "$dir/pwfile")
        [ "$(id -u)" -eq 0 ] && chown baton-ci "$dir/pwfile"
        pg_cluster_as_server "$initdb" -D "$dir/data" -U baton --auth=scram-sha-256 --pwfile="$dir/pwfile" \
            --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
            || { rm -f "$dir/pwfile"; cat "$dir/initdb.log" >&2; return 1; }
        rm -f "$dir/pwfile"
        url="postgres://baton:$password@127.0.0.1:$(cat "$dir/port")/postgres?sslmode=disable"
    fi
    local port
    port=$(cat "$dir/port")
    pg_cluster_ctl -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir ${PG_CLUSTER_OPTIONS:-}" start >/dev/null \
        || { cat "$dir/server.log" >&2; return 1; }
    if [ -n "$url" ]; then echo "$url"; fi
}

pg_cluster_stop() {
    local dir=$1
    [ -d "$dir/data" ] || return 0
    pg_cluster_ctl -D "$dir/data" -m fast -w stop >/dev/null
}

pg_cluster_restart() {
    local dir=$1
    pg_cluster_ctl -D "$dir/data" -l "$dir/server.log" -m fast -w restart >/dev/null \
        || { cat "$dir/server.log" >&2; return 1; }
}

pg_cluster_remove() {
    local dir=$1
    [ -d "$dir" ] || return 0
    pg_cluster_stop "$dir" 2>/dev/null || true
    rm -rf "$dir"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}:${2:-}" in
        start:?*) pg_cluster_start "$2" ;;
        restart:?*) pg_cluster_restart "$2" ;;
        stop:?*) pg_cluster_stop "$2" ;;
        remove:?*) pg_cluster_remove "$2" ;;
        *) echo "usage: $0 start|restart|stop|remove DIR" >&2; exit 2 ;;
    esac
fi
