#!/usr/bin/env bash
# Profiles where the server's CPU goes (the figures of docs/PROFILE.md), for order creation or
# for the WebSocket fan-out.
#
# Seeds a throwaway database, starts `adakings serve` under `perf record -g` (from its first
# instruction, so the connection threads spawned later are sampled too; `perf record -p`
# would miss them), drives it with loadgen, stops it (SIGTERM) and prints the top entries:
# samples per thread, symbols by their own samples, then a few call-graph totals (samples in a
# function and everything it calls). Also prints the server's CPU time per unit of work, a
# figure that stays comparable on a busy machine where rates and latencies do not:
#   orders: per 1,000 orders (`loadgen orders`);
#   fanout: per 1,000 events delivered (`loadgen fanout`, run twice on the same clients'
#           numbers, with 10 orders and with ORDERS: the difference leaves out what
#           connecting the clients costs).
#
# Usage: scripts/profile.sh [CLIENTS] [SECONDS]            [default: 16 clients, 8 seconds]
#        scripts/profile.sh fanout [CLIENTS] [ORDERS]     [default: 1000 clients, 100 orders]
# Before/after comparisons on a shared machine: run both builds back to back, twice each.
# Environment:
#   SQLITE_SYNCHRONOUS  [default: FULL]
#   ADAKINGS_BIN, LOADGEN_BIN   use these binaries instead of the release build
#   PROFILE_KEEP_TMP=1  keep the temp dir (perf.data, database, logs)
# Needs `perf` (linux-tools), python3, and permission to profile one's own processes
# (kernel.perf_event_paranoid <= 2).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

MODE=orders
if [[ "${1:-}" == fanout ]]; then
    MODE=fanout
    shift
    CLIENTS="${1:-1000}"
    ORDERS="${2:-100}"
    # Every client is 127.0.0.1: the caps would otherwise count them as one.
    export MAX_CONNECTIONS=$((CLIENTS + 100)) MAX_PENDING_PER_IP=$((CLIENTS + 100))
else
    CLIENTS="${1:-16}"
    SECS="${2:-8}"
fi
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
command -v perf >/dev/null || { echo "profile.sh: perf is not installed" >&2; exit 2; }
if [[ -z "${ADAKINGS_BIN:-}" || -z "${LOADGEN_BIN:-}" ]]; then
    cargo build --release >&2
fi
ADAKINGS="${ADAKINGS_BIN:-$TARGET_DIR/release/adakings}"
LOADGEN="${LOADGEN_BIN:-$TARGET_DIR/release/loadgen}"

TMP="$(mktemp -d)"
PERF_PID=""
SERVER_PID=""
cleanup() {
    stop_pid "$SERVER_PID" 10 profile.sh
    [[ -n "$PERF_PID" ]] && wait "$PERF_PID" 2>/dev/null || true
    if [[ "${PROFILE_KEEP_TMP:-0}" == 1 ]]; then
        echo "==> kept $TMP" >&2
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT

export DATABASE_PATH="$TMP/adakings.db" LOG_DIR="$TMP/logs"
export SQLITE_SYNCHRONOUS="${SQLITE_SYNCHRONOUS:-FULL}"
"$ADAKINGS" seed-demo --password adakings-demo >"$TMP/seed.log" 2>&1
PORT=$((20000 + RANDOM % 20000))
perf record -g -o "$TMP/perf.data" -- "$ADAKINGS" serve --host 127.0.0.1 --port "$PORT" \
    >"$TMP/server.out" 2>&1 &
PERF_PID=$!
for _ in $(seq 1 100); do
    SERVER_PID="$(pgrep -P "$PERF_PID" -f 'adakings serve' | head -1 || true)"
    [[ -n "$SERVER_PID" ]] && curl -sf "http://127.0.0.1:$PORT/api/health/" >/dev/null && break
    sleep 0.1
done
[[ -n "$SERVER_PID" ]] || { echo "profile.sh: the server did not start" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ticks_per_s="$(getconf CLK_TCK)"
if [[ $MODE == orders ]]; then
    before="$(cpu_ticks)"
    "$LOADGEN" orders --clients "$CLIENTS" --duration "$SECS" --user counter \
        --base "http://127.0.0.1:$PORT" | tee "$TMP/loadgen.txt"
    after="$(cpu_ticks)"
    orders="$(grep -o '[0-9]* ok' "$TMP/loadgen.txt" | awk '{print $1}')"
    awk -v t=$((after - before)) -v n="$orders" -v hz="$ticks_per_s" 'BEGIN {
        ms = t * 1000 / hz
        printf "server CPU: %.0f ms for %d orders = %.1f ms per 1,000 orders\n", ms, n, (n ? ms * 1000 / n : 0)
    }'
else
    fanout() {
        "$LOADGEN" fanout --clients "$CLIENTS" --orders "$1" --user counter \
            --base "http://127.0.0.1:$PORT" --json >"$TMP/fanout.$1.json"
    }
    t0="$(cpu_ticks)"
    fanout 10
    t1="$(cpu_ticks)"
    fanout "$ORDERS"
    t2="$(cpu_ticks)"
    python3 - "$TMP/fanout.10.json" "$TMP/fanout.$ORDERS.json" $((t1 - t0)) $((t2 - t1)) "$ticks_per_s" <<'PY'
import json, sys
small, big = (json.load(open(p)) for p in sys.argv[1:3])
t_small, t_big, hz = (int(a) for a in sys.argv[3:6])
for r in (small, big):
    lat = r["latency_ms"]
    print(f"fanout {r['clients']} clients x {r['orders']} orders: {r['pairs_received']} delivered, "
          f"missed {r['missed']}, p50 {lat['p50']} ms, p99 {lat['p99']} ms")
pairs = big["pairs_received"] - small["pairs_received"]
ms = (t_big - t_small) * 1000 / hz
if pairs > 0:
    print(f"server CPU: {ms:.0f} ms for {pairs} more deliveries = {ms * 1000 / pairs:.1f} ms per 1,000 deliveries")
PY
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_pid "$SERVER_PID" 10 profile.sh
SERVER_PID=""
wait "$PERF_PID" 2>/dev/null || true
PERF_PID=""

echo
echo "== samples per thread"
perf report -i "$TMP/perf.data" --no-children --sort comm -g none --stdio 2>/dev/null |
    grep '%' | head -8 | sed 's/[ -]*$//' || true
echo
echo "== top symbols (own samples)"
perf report -i "$TMP/perf.data" --no-children --sort symbol -g none --stdio 2>/dev/null |
    grep '%' | head -25 | sed 's/[ -]*$//' || true
echo
echo "== call-graph totals (samples in the function and its callees)"
perf report -i "$TMP/perf.data" --children --sort symbol -g none --stdio 2>/dev/null |
    grep -E '\] (sqlite3_step|subjournalPageIfRequired|__x64_sys_pwrite64|__x64_sys_fsync|__x64_sys_futex|__sched_yield|__x64_sys_write|malloc|cfree@GLIBC_2.2.5|__send|__poll|net_rx_action|schedule) ' |
    sed 's/[ -]*$//' || true
