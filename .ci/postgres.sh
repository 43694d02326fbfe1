# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the shared-store tests.
# Installs Debian's server when no initdb is found, runs it as a non-root user (PostgreSQL
# refuses to run as root), exports BATON_TEST_DATABASE_URL, and stops it on exit. 200 connections:
# the fifty-writer test runs beside the other database tests. The cluster itself is made, started
# and removed by .ci/pg-cluster.sh (which the server-restart test uses for a cluster of its own).
# Set BATON_TEST_DATABASE_URL yourself to use a server you already have; this then does nothing.

source "$(dirname "${BASH_SOURCE[0]}")/pg-cluster.sh"

baton_pg_start() {
    if [ -n "${BATON_TEST_DATABASE_URL:-}" ]; then
        echo "postgres: using BATON_TEST_DATABASE_URL from the environment"
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if ! pg_cluster_find initdb >/dev/null; then
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql
    fi
    pg_cluster_find initdb >/dev/null || { echo "CI needs PostgreSQL's initdb (Debian: postgresql)" >&2; return 1; }
    pg_cluster_find pg_ctl >/dev/null || { echo "CI needs PostgreSQL's pg_ctl (Debian: postgresql)" >&2; return 1; }

    BATON_PG_DIR=$(mktemp -d /tmp/baton-pg.XXXXXX)
    local url
    url=$(PG_CLUSTER_OPTIONS="-c max_connections=200" pg_cluster_start "$BATON_PG_DIR") || return 1
    trap baton_pg_stop EXIT
    export BATON_TEST_DATABASE_URL="$url"
    echo "postgres: a throwaway server on 127.0.0.1:$(cat "$BATON_PG_DIR/port") (data in $BATON_PG_DIR)"
}

baton_pg_stop() {
    [ -n "${BATON_PG_DIR:-}" ] || return 0
    pg_cluster_remove "$BATON_PG_DIR"
}

baton_pg_start
