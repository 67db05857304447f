#!/usr/bin/env bash
# Failover under load, on this machine only: two instances on a fresh PostgreSQL database behind
# HAProxy (deploy/run-two.sh), the Gatling school (src/load) played through HAProxy, and instance a
# killed with SIGKILL in the middle of it. Then it compares what the learners were shown as saved
# (answers checked or saved, cards rated: the load test's own counts) with what the database holds.
#
#   deploy/failover-test.sh
#
# Settings (environment): FAILOVER_DB (default footnote_failover; dropped and created afresh),
# FAILOVER_KILL_AFTER (seconds of load before the kill; default 60, mid-practice), FAILOVER_LOAD (Maven -D options
# for the load; default 200 learners, a class of 60, 4 s think time, 60 s ramp, a 3-minute quiz).
# Bounded: the load stops by itself (load.maxMinutes), and only 127.0.0.1 is spoken to.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB=${FAILOVER_DB:-footnote_failover}
KILL_AFTER=${FAILOVER_KILL_AFTER:-60}
LOAD=${FAILOVER_LOAD:--Dload.learners=200 -Dload.classSize=60 -Dload.thinkSeconds=4 -Dload.rampSeconds=60 -Dload.quizMinutes=3 -Dload.maxMinutes=12}
RUN_DIR=$ROOT/target/failover
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
sql() { PGPASSWORD=footnote psql -h 127.0.0.1 -U footnote -d "$DB" -tAc "$1"; }

FOOTNOTE_RUN_DIR=$RUN_DIR FOOTNOTE_DB=$DB "$ROOT/deploy/run-two.sh" stop >/dev/null 2>&1 || true
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
as_postgres psql -q -c "drop database if exists \"$DB\"" -c "create database \"$DB\" owner footnote"
FOOTNOTE_RUN_DIR=$RUN_DIR FOOTNOTE_DB=$DB "$ROOT/deploy/run-two.sh" start

export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=footnote SPRING_DATASOURCE_PASSWORD=footnote
# shellcheck disable=SC2086 # LOAD is a list of options
(cd "$ROOT" && ./mvnw -B -ntp -Pproduction,load verify -Dload.baseUrl=http://127.0.0.1:8090 $LOAD >"$RUN_DIR/load.log" 2>&1) &
load=$!

# Wait until the learners are at work (the seeding and the build come first), then kill instance a.
until grep -q "elapsed" "$RUN_DIR/load.log" 2>/dev/null; do sleep 2; kill -0 "$load" 2>/dev/null || break; done
sleep "$KILL_AFTER"
victim=$(cat "$RUN_DIR/instance-a/pid")
before=$(sql "select (select count(*) from attempt_item where answered_at is not null) || ' answers, ' || (select count(*) from review_log) || ' ratings'")
kill -9 "$victim"
echo "killed instance a (pid $victim) at $(date -u +%T); the database then held $before"

wait "$load" || true
confirmed_answers=$(grep -o -E "Answers given \(quiz checks and saves\): [0-9]+" "$RUN_DIR/load.log" | grep -o -E "[0-9]+$")
confirmed_ratings=$(grep -o -E "flashcards rated: [0-9]+" "$RUN_DIR/load.log" | grep -o -E "[0-9]+$")
stored_answers=$(sql "select count(*) from attempt_item where answered_at is not null")
stored_ratings=$(sql "select count(*) from review_log")
failed=$(grep -o -E "count of failed events is .*actual : [0-9]+" "$RUN_DIR/load.log" | grep -o -E "[0-9]+$" || echo 0)
# The surviving instance's sweep submits the timed quizzes of the killed one's pupils at their deadline.
last_deadline=$(sql "select coalesce(ceil(extract(epoch from max(deadline) - now())), 0) from quiz_attempt where status = 'IN_PROGRESS'")
[ "$last_deadline" -gt 0 ] && sleep $((last_deadline + 15))
overdue=$(sql "select count(*) from quiz_attempt where status = 'IN_PROGRESS' and deadline < now()")

echo
grep -E "^Journeys completed|^Requests per second|^Answers and ratings per second" "$RUN_DIR/load.log" || true
echo "Failed requests (a learner of the killed instance stops at its first): $failed"
grep -A4 -E "^---- Errors" "$RUN_DIR/load.log" | tail -4 || true
echo "Timed attempts past their deadline and still open (the sweep of the survivor submits them): $overdue"
echo "Answers shown as saved: $confirmed_answers; in the database: $stored_answers"
echo "Ratings shown as saved: $confirmed_ratings; in the database: $stored_ratings"
lost=$(( (confirmed_answers > stored_answers ? confirmed_answers - stored_answers : 0)
         + (confirmed_ratings > stored_ratings ? confirmed_ratings - stored_ratings : 0) ))
echo "Lost (shown as saved, not in the database): $lost"
FOOTNOTE_RUN_DIR=$RUN_DIR FOOTNOTE_DB=$DB "$ROOT/deploy/run-two.sh" stop
[ "$lost" -eq 0 ]
