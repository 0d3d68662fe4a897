#!/usr/bin/env bash
# Several instances on one machine (docs/cluster.md): a private PostgreSQL and redis-server, two Jusoteki.Web instances and
# the YARP proxy, all on 127.0.0.1. Prints the proxy's URL; Ctrl-C stops everything. Data stays in .cluster/ between runs
# (--fresh starts from an empty database and a new demo).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

state=${CLUSTER_DIR:-$root/.cluster}
proxy_port=${CLUSTER_PROXY_PORT:-5100}
a_port=${CLUSTER_A_PORT:-5101}
b_port=${CLUSTER_B_PORT:-5102}
pg_port=${CLUSTER_PG_PORT:-5532}
redis_port=${CLUSTER_REDIS_PORT:-6390}
configuration=${CLUSTER_CONFIGURATION:-Debug}
web_dll=src/Jusoteki.Web/bin/$configuration/net10.0/Jusoteki.Web.dll
proxy_dll=src/Jusoteki.Proxy/bin/$configuration/net10.0/Jusoteki.Proxy.dll

if [ "${1:-}" = "--fresh" ]; then rm -rf "$state"; fi

pg_bin=${JUSOTEKI_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL was not found (/usr/lib/postgresql/*/bin). As root: apt-get install -y postgresql" >&2; exit 1
fi
command -v redis-server >/dev/null || { echo "redis-server was not found. As root: apt-get install -y redis-server" >&2; exit 1; }
if [ ! -f "$web_dll" ] || [ ! -f "$proxy_dll" ]; then
  echo "==> build"
  dotnet build src/Jusoteki.Web -c "$configuration" -nologo -v quiet
  dotnet build src/Jusoteki.Proxy -c "$configuration" -nologo -v quiet
fi

mkdir -p "$state/logs" "$state/audit-keys"
pids=()
sleeper=
stop() {
  local status=$?
  trap - INT TERM EXIT
  echo
  echo "==> stopping"
  # Newest first: the proxy, the instances, then redis.
  [ -z "$sleeper" ] || kill "$sleeper" 2>/dev/null || true
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  as_pg "$pg_bin/pg_ctl" -D "$state/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  exit "$status"
}
trap stop INT TERM EXIT

# initdb refuses root: the cluster belongs to the postgres user, as the Debian packages have it.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_for() { # what, log, seconds, command... — polls until the command succeeds, the last started process dies, or time is up
  local what=$1 log=$2 seconds=$3 pid=${pids[-1]:-}; shift 3
  for ((i = 0; i < seconds * 5; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "$what did not come up (log: $log):" >&2
  tail -n 20 "$log" >&2 || true
  return 1
}

echo "==> PostgreSQL on 127.0.0.1:$pg_port ($state/pg)"
mkdir -p "$state/pg"
[ "$(id -u)" -ne 0 ] || chown postgres "$state/pg"
if [ ! -f "$state/pg/data/PG_VERSION" ]; then
  as_pg "$pg_bin/initdb" -D "$state/pg/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$state/logs/initdb.log"
fi
as_pg "$pg_bin/pg_ctl" -D "$state/pg/data" -l "$state/pg/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $state/pg" start >/dev/null
psql=(psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -tA)
if [ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'jusoteki'")" != "1" ]; then
  "${psql[@]}" -d postgres -c "CREATE DATABASE jusoteki" >/dev/null
fi

echo "==> redis-server on 127.0.0.1:$redis_port"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$state/logs/redis.log" 2>&1 &
pids+=($!)
wait_for redis "$state/logs/redis.log" 20 redis-cli -h 127.0.0.1 -p "$redis_port" ping

start_instance() { # name, port
  echo "==> instance $1 on 127.0.0.1:$2"
  # Development: the static assets come straight from the build output, as with `dotnet run` (and the demo accounts are allowed).
  ASPNETCORE_ENVIRONMENT=Development \
  Jusoteki__Database=PostgreSQL \
  ConnectionStrings__Jusoteki="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=jusoteki" \
  Jusoteki__Redis="127.0.0.1:$redis_port" \
  Jusoteki__AuditKeyFolder="$state/audit-keys" \
  Jusoteki__TrustedProxies=127.0.0.1 \
  dotnet "$web_dll" --urls "http://127.0.0.1:$2" --contentRoot "$root/src/Jusoteki.Web" >"$state/logs/$1.log" 2>&1 &
  pids+=($!)
  wait_for "instance $1" "$state/logs/$1.log" 120 curl -fsS "http://127.0.0.1:$2/health"
}
# One after the other: the first applies the migrations and seeds the demo, the second finds them done.
start_instance a "$a_port"
start_instance b "$b_port"

echo "==> proxy on 127.0.0.1:$proxy_port"
ReverseProxy__Clusters__jusoteki__Destinations__a__Address="http://127.0.0.1:$a_port/" \
ReverseProxy__Clusters__jusoteki__Destinations__b__Address="http://127.0.0.1:$b_port/" \
dotnet "$proxy_dll" --urls "http://127.0.0.1:$proxy_port" >"$state/logs/proxy.log" 2>&1 &
pids+=($!)
wait_for proxy "$state/logs/proxy.log" 60 curl -fsS "http://127.0.0.1:$proxy_port/proxy-health"

echo
echo "Jusoteki (2 instances): http://127.0.0.1:$proxy_port   — Ctrl-C stops everything"
echo "  instance a: http://127.0.0.1:$a_port  instance b: http://127.0.0.1:$b_port  logs: $state/logs"
# Waits until Ctrl-C; an instance stopped by hand (to try the failover) does not end the cluster.
while true; do sleep 3600 & sleeper=$!; wait "$sleeper" || true; done
