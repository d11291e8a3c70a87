#!/usr/bin/env bash
# Installs (Debian packages) and starts the services the test-suite talks to, on loopback only:
# PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379, plus Chromium for browser tests
# openssl for the HTTPS-upstream test's certificate, and Java 17 for the monitor's Spark engine.
# Usage: scripts/services.sh start|stop|env
set -euo pipefail
PG_URL="postgresql+psycopg://distillguard:distillguard@127.0.0.1:5432/distillguard_test"
REDIS_URL="redis://127.0.0.1:6379/0"

need_pkgs=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_pkgs+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need_pkgs+=(redis-server)
[ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
command -v openssl >/dev/null 2>&1 || need_pkgs+=(openssl)  # test certificates (HTTPS upstream)
# Java 17 for the monitor's Spark engine (PySpark 4 runs on Java 17 or 21; tests/test_monitor_spark.py)
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
case "$(command -v java >/dev/null 2>&1 && java_major)" in
  17|18|19|20|21) ;;
  *) need_pkgs+=(openjdk-17-jre-headless) ;;
esac

install() {
  if [ ${#need_pkgs[@]} -gt 0 ]; then
    echo "services: installing ${need_pkgs[*]} from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    mkdir -p /usr/share/man/man1  # slim images lack it; the JRE's postinst links a man page there
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  fi
}

start_postgres() {
  local ver
  ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h | grep -q "^$ver main"; then
    pg_createcluster "$ver" main >/dev/null
  fi
  pg_ctlcluster "$ver" main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
    sleep 0.5
  done
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='distillguard'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE distillguard LOGIN SUPERUSER PASSWORD 'distillguard'\""
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='distillguard_test'\"" | grep -q 1 ||
    su postgres -c "createdb -O distillguard distillguard_test"
}

start_redis() {
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes >/dev/null
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.2; done
  fi
}

case "${1:-start}" in
  start)
    install
    start_postgres
    start_redis
    echo "export DISTILLGUARD_TEST_POSTGRES_URL=$PG_URL"
    echo "export DISTILLGUARD_TEST_REDIS_URL=$REDIS_URL"
    ;;
  stop)
    redis-cli -h 127.0.0.1 -p 6379 shutdown nosave >/dev/null 2>&1 || true
    ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$ver" ] && pg_ctlcluster "$ver" main stop 2>/dev/null || true
    ;;
  env)
    echo "export DISTILLGUARD_TEST_POSTGRES_URL=$PG_URL"
    echo "export DISTILLGUARD_TEST_REDIS_URL=$REDIS_URL"
    ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
