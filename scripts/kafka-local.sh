#!/usr/bin/env bash
# Runs a real single-node Kafka 3.9.2 broker (KRaft, no ZooKeeper, no Docker) from Maven Central jars.
#
#   scripts/kafka-local.sh [start|stop|status]
#
# Env: KAFKA_PORT (19092), KAFKA_CONTROLLER_PORT (19093), KAFKA_DATA_DIR (.cache/kafka/data-<port>),
#      KAFKA_OWNER_PID (optional: stop the broker when that process goes away, so a killed test
#      run cannot leave a broker behind).
# `start` prints KAFKA_BROKERS=127.0.0.1:<port> on stdout; everything else goes to stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$ROOT/scripts/kafka/pom.xml"
LOG4J="$ROOT/scripts/kafka/log4j.properties"
CACHE="$ROOT/.cache/kafka"
LIBS="$CACHE/libs"
PORT="${KAFKA_PORT:-19092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
PIDFILE="$CACHE/broker-$PORT.pid"
START_TIMEOUT_S=90

log() { echo "kafka-local: $*" >&2; }
die() { log "error: $*"; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not on PATH; $2"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The pid in the file is ours only while it is still a Kafka JVM (pids get reused).
broker_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -qa 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

# Jars are fetched once; the marker holds the pom's hash so a version bump refetches them.
fetch_jars() {
  local want
  want="$(sha1sum "$POM" | cut -d' ' -f1)"
  [[ -f "$LIBS/.pom-sha1" && "$(cat "$LIBS/.pom-sha1")" == "$want" ]] && return 0
  need mvn "install Maven 3.8+ to fetch the Kafka jars (they are cached in .cache/kafka/libs afterwards)"
  log "fetching Kafka jars through Maven (first run only)..."
  mkdir -p "$CACHE"
  local tmp="$CACHE/libs.tmp.$$"
  rm -rf "$tmp"
  # prependGroupId: two different jars are both called metrics-core. sed drops the bare colour
  # resets Debian's Maven 3.8.7 prints even with -B -q.
  mvn -B -q -ntp -f "$POM" dependency:copy-dependencies -DincludeScope=runtime \
    -Dmdep.prependGroupId=true -DoutputDirectory="$tmp" 2>&1 | sed -e $'s/\e\\[[0-9;]*m//g' >&2 ||
    { rm -rf "$tmp"; die "mvn could not fetch the Kafka jars"; }
  echo "$want" >"$tmp/.pom-sha1"
  # Swap in whole so a concurrent or interrupted run never sees half a directory.
  rm -rf "$LIBS.old"
  [[ -d "$LIBS" ]] && mv "$LIBS" "$LIBS.old"
  mv -T "$tmp" "$LIBS" 2>/dev/null || rm -rf "$tmp"
  rm -rf "$LIBS.old"
}

write_config() {
  cat >"$1/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$1/logs
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
# The log cleaner otherwise reserves 128 MiB at start, too much for the small heap below.
log.cleaner.dedupe.buffer.size=16777216
EOF
}

# The broker opens its port only once it can serve requests.
wait_ready() {
  local pid="$1" logfile="$2" deadline=$((SECONDS + START_TIMEOUT_S))
  until port_open "$PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$logfile" >&2 2>/dev/null || true
      rm -f "$PIDFILE"
      die "broker exited during start (log: $logfile)"
    fi
    if ((SECONDS >= deadline)); then
      kill "$pid" 2>/dev/null || true
      tail -n 30 "$logfile" >&2 2>/dev/null || true
      rm -f "$PIDFILE"
      die "broker did not open port $PORT within ${START_TIMEOUT_S}s (log: $logfile)"
    fi
    sleep 0.2
  done
}

start() {
  local pid
  # Reuse a broker of ours on this port, waiting for it if another start is still bringing it up.
  if pid="$(broker_pid)"; then
    wait_ready "$pid" "(see its data dir)"
    log "reusing broker pid $pid"
    echo "KAFKA_BROKERS=127.0.0.1:$PORT"
    return 0
  fi
  port_open "$PORT" && die "port $PORT is taken by something else; set KAFKA_PORT"
  port_open "$CONTROLLER_PORT" && die "port $CONTROLLER_PORT is taken by something else; set KAFKA_CONTROLLER_PORT"
  need java "install a Java 17+ runtime (e.g. apt-get install openjdk-17-jre-headless)"
  fetch_jars

  # A fresh log dir each start: the default one is ours to wipe, a given one must be empty.
  local data="${KAFKA_DATA_DIR:-$CACHE/data-$PORT}"
  if [[ -n "${KAFKA_DATA_DIR:-}" ]]; then
    [[ ! -e "$data" || -z "$(ls -A "$data")" ]] || die "KAFKA_DATA_DIR $data is not empty"
  else
    rm -rf "$data"
  fi
  mkdir -p "$data"
  data="$(cd "$data" && pwd)"
  write_config "$data"

  local cp="$LIBS/*" jlog="-Dlog4j.configuration=file:$LOG4J"
  local cluster_id
  cluster_id="$(java -cp "$cp" "$jlog" kafka.tools.StorageTool random-uuid)"
  java -cp "$cp" "$jlog" kafka.tools.StorageTool format -t "$cluster_id" -c "$data/server.properties" -g >&2

  # stdin/stdout detached so a caller waiting on this script's output is not held open by the JVM.
  nohup java -Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError \
    -cp "$cp" "$jlog" kafka.Kafka "$data/server.properties" >"$data/broker.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"

  if [[ -n "${KAFKA_OWNER_PID:-}" ]]; then
    # Watchdog: stops this broker (by pid) once the owner is gone, e.g. a test run killed mid-way.
    (while kill -0 "$KAFKA_OWNER_PID" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 2; done
     kill "$pid" 2>/dev/null || true) >/dev/null 2>&1 </dev/null &
  fi

  wait_ready "$pid" "$data/broker.log"
  log "broker pid $pid on 127.0.0.1:$PORT, data in $data"
  echo "KAFKA_BROKERS=127.0.0.1:$PORT"
}

stop() {
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PIDFILE"
    log "no broker running on port $PORT"
    return 0
  fi
  kill "$pid"
  # A clean shutdown takes a few seconds; force it only if it hangs.
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "broker $pid did not stop in 30s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  log "stopped broker pid $pid"
}

status() {
  local pid
  if pid="$(broker_pid)" && port_open "$PORT"; then
    echo "running: pid $pid, KAFKA_BROKERS=127.0.0.1:$PORT"
  else
    echo "not running on port $PORT"
    return 1
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 [start|stop|status]" ;;
esac
