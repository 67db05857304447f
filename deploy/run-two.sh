#!/usr/bin/env bash
# Two Footnote instances on one PostgreSQL database, behind HAProxy (deploy/haproxy.cfg).
#
#   deploy/run-two.sh          start PostgreSQL if needed, both instances, then HAProxy
#   deploy/run-two.sh stop     stop what the start left running (deploy/stop.sh does the same)
#   deploy/run-two.sh status   which of the three run
#
# Settings (environment): FOOTNOTE_RUN_DIR (logs, data folders, pid files; default target/two-instances),
# FOOTNOTE_DB, FOOTNOTE_DB_USER, FOOTNOTE_DB_PASSWORD (default footnote/footnote/footnote),
# FOOTNOTE_PG_CLUSTER (default "15 main"), JAVA_HOME (default Temurin 25), JAVA_OPTS (default -Xmx512m).
# The ports are those of haproxy.cfg: 8090 (HAProxy), 8091 and 8092 (instances), 8093 (statistics).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_DIR=${FOOTNOTE_RUN_DIR:-$ROOT/target/two-instances}
DB=${FOOTNOTE_DB:-footnote}
DB_USER=${FOOTNOTE_DB_USER:-footnote}
DB_PASSWORD=${FOOTNOTE_DB_PASSWORD:-footnote}
PG_CLUSTER=${FOOTNOTE_PG_CLUSTER:-15 main}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
INSTANCES=(a b)
declare -A PORT=([a]=8091 [b]=8092)
HEALTH_PATH=/actuator/health   # the URL haproxy.cfg checks
START_TIMEOUT=${FOOTNOTE_START_TIMEOUT:-300}

say() { printf '%s\n' "$*"; }
die() { printf 'run-two: %s\n' "$*" >&2; exit 1; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# The pid in a pid file, if that process still runs.
running_pid() {
    local file=$1 pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    kill -0 "$pid" 2>/dev/null && printf '%s' "$pid"
}

stop_one() {
    local name=$1 file=$2 pid
    if pid=$(running_pid "$file"); then
        kill "$pid"
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
        say "stopped $name (pid $pid)"
    fi
    rm -f "$file"
}

stop_all() {
    stop_one haproxy "$RUN_DIR/haproxy.pid"
    for i in "${INSTANCES[@]}"; do stop_one "instance $i" "$RUN_DIR/instance-$i/pid"; done
}

status() {
    local pid
    if pid=$(running_pid "$RUN_DIR/haproxy.pid"); then say "haproxy    pid $pid  http://127.0.0.1:8090"; else say "haproxy    not running"; fi
    for i in "${INSTANCES[@]}"; do
        if pid=$(running_pid "$RUN_DIR/instance-$i/pid"); then
            say "instance $i pid $pid  http://127.0.0.1:${PORT[$i]}"
        else
            say "instance $i not running"
        fi
    done
}

start_postgres() {
    command -v pg_lsclusters >/dev/null || die "PostgreSQL is not installed (Debian: apt-get install postgresql)"
    if ! pg_lsclusters --no-header | awk -v c="$PG_CLUSTER" '$1" "$2 == c && $4 == "online" {found=1} END {exit !found}'; then
        say "starting PostgreSQL cluster $PG_CLUSTER"
        # shellcheck disable=SC2086 # "15 main" is two arguments
        pg_ctlcluster $PG_CLUSTER start
    fi
    if [ "$(as_postgres psql -tAc "select 1 from pg_roles where rolname = '$DB_USER'")" != 1 ]; then
        say "creating role $DB_USER"
        as_postgres psql -q -c "create role \"$DB_USER\" login password '$DB_PASSWORD'"
    fi
    if [ "$(as_postgres psql -tAc "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
        say "creating database $DB"
        as_postgres psql -q -c "create database \"$DB\" owner \"$DB_USER\""
    fi
}

production_jar() {
    local jar
    jar=$(ls "$ROOT"/target/footnote-*.jar 2>/dev/null | head -n 1 || true)
    if [ -z "$jar" ]; then
        say "building the production jar (a few minutes)" >&2
        (cd "$ROOT" && ./mvnw -B -q -Pproduction package -DskipTests) >&2 || die "the build failed"
        jar=$(ls "$ROOT"/target/footnote-*.jar | head -n 1)
    fi
    # A jar from a plain "mvnw package" runs Vaadin in development mode, which needs Node.js.
    unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null \
        | grep -q '"productionMode" *: *true' || die "$jar is not a production build: ./mvnw -Pproduction package -DskipTests"
    printf '%s' "$jar"
}

start_instance() {
    local i=$1 jar=$2 dir="$RUN_DIR/instance-$1"
    running_pid "$dir/pid" >/dev/null && die "instance $i runs already (deploy/run-two.sh stop)"
    mkdir -p "$dir"
    (
        cd "$ROOT"   # the bank files are read from ./question-bank
        SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" \
        SPRING_DATASOURCE_USERNAME="$DB_USER" \
        SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        SERVER_ADDRESS=127.0.0.1 \
        SERVER_PORT="${PORT[$i]}" \
        FOOTNOTE_DATA_DIR="$dir/data" \
        FOOTNOTE_BANK_DIR="$ROOT/question-bank" \
        nohup "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$jar" >"$dir/footnote.log" 2>&1 &
        echo $! >"$dir/pid"
    )
    say "instance $i: pid $(cat "$dir/pid"), port ${PORT[$i]}, log $dir/footnote.log"
}

await_healthy() {
    local i=$1 waited=0
    until curl -fsS -o /dev/null "http://127.0.0.1:${PORT[$i]}$HEALTH_PATH" 2>/dev/null; do
        if ! running_pid "$RUN_DIR/instance-$i/pid" >/dev/null; then
            tail -n 30 "$RUN_DIR/instance-$i/footnote.log" >&2
            die "instance $i stopped during start-up (log above)"
        fi
        [ "$waited" -lt "$START_TIMEOUT" ] || die "instance $i did not answer within ${START_TIMEOUT}s"
        sleep 2
        waited=$((waited + 2))
    done
    # The web server answers before the start-up work (first instructor, bank sync) is done.
    until grep -q -E "Question bank .*(synchronised|refused)" "$RUN_DIR/instance-$i/footnote.log"; do
        running_pid "$RUN_DIR/instance-$i/pid" >/dev/null || die "instance $i stopped during start-up (see its log)"
        [ "$waited" -lt "$START_TIMEOUT" ] || die "instance $i did not load the question bank within ${START_TIMEOUT}s"
        sleep 2
        waited=$((waited + 2))
    done
    say "instance $i answers on port ${PORT[$i]}; $(grep -o -E "Question bank .*" "$RUN_DIR/instance-$i/footnote.log" | tail -n 1)"
}

start_haproxy() {
    command -v haproxy >/dev/null || die "HAProxy is not installed (Debian: apt-get install haproxy)"
    running_pid "$RUN_DIR/haproxy.pid" >/dev/null && die "haproxy runs already (deploy/run-two.sh stop)"
    haproxy -c -q -f "$ROOT/deploy/haproxy.cfg" || die "deploy/haproxy.cfg is not valid"
    # -db: in the foreground of its own background process, so that its log goes to the file.
    nohup haproxy -f "$ROOT/deploy/haproxy.cfg" -db >"$RUN_DIR/haproxy.log" 2>&1 &
    echo $! >"$RUN_DIR/haproxy.pid"
    say "haproxy: pid $(cat "$RUN_DIR/haproxy.pid"), log $RUN_DIR/haproxy.log"
}

start_all() {
    command -v curl >/dev/null || die "curl is needed for the health checks"
    mkdir -p "$RUN_DIR"
    say "run folder: $RUN_DIR"
    start_postgres
    local jar
    jar=$(production_jar)
    # The instances run a copy, so that a rebuild (mvnw package) does not replace the jar under them.
    cp "$jar" "$RUN_DIR/footnote.jar"
    jar="$RUN_DIR/footnote.jar"
    say "jar: $jar"
    # Both at once, as after a machine restart: the start-up writes take turns in the database.
    for i in "${INSTANCES[@]}"; do start_instance "$i" "$jar"; done
    for i in "${INSTANCES[@]}"; do await_healthy "$i"; done
    start_haproxy
    say ""
    say "Footnote:   http://127.0.0.1:8090"
    say "Statistics: http://127.0.0.1:8093"
    local password
    password=$(ls "$RUN_DIR"/instance-*/data/initial-instructor-password 2>/dev/null || true)
    if [ -n "$password" ]; then
        say "First instructor (username, then password): $password"
    else
        say "The first instructor existed already (created by an earlier start on database $DB)."
    fi
    say "Stop everything: deploy/run-two.sh stop"
}

case "${1:-start}" in
    start) start_all ;;
    stop) stop_all ;;
    status) status ;;
    *) die "usage: deploy/run-two.sh [start|stop|status]" ;;
esac
