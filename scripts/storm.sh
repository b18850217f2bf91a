#!/usr/bin/env bash
# The busy-day reconnect storm (loadgen `storm`), around real server restarts.
#
# 1. fill: a fresh database, today gets FILL orders (most cancelled, a few dozen active);
# 2. connect: a freshly started server, CLIENTS WebSocket clients connect at once, then 20
#    orders are posted (fan-out timed); peak RSS and the return to the pre-storm RSS;
# 3. resume: the server is restarted and CLIENTS clients reconnect at once with ?since= 20
#    events back; all must resume by replay.
# Every phase prints loadgen's summary; the temp dir (database, logs, JSON) is removed unless
# STORM_KEEP_TMP=1.
#
# Usage: scripts/storm.sh
# Environment: FILL [15000], CLIENTS [1000], ADAKINGS_BIN, LOADGEN_BIN
# Exit status: 0 when every phase met its targets, 1 otherwise, 2 on a setup error.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

FILL="${FILL:-15000}"
CLIENTS="${CLIENTS:-1000}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --release >&2
ADAKINGS="${ADAKINGS_BIN:-$TARGET_DIR/release/adakings}"
LOADGEN="${LOADGEN_BIN:-$TARGET_DIR/release/loadgen}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/adakings-storm.XXXXXX")"
SECRET="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
SERVER_PID=""
BASE=""

cleanup() {
    stop_pid "$SERVER_PID" 40 storm.sh
    if [[ "${STORM_KEEP_TMP:-0}" == 1 ]]; then
        echo "storm.sh: kept $TMP" >&2
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT

start_server() {
    local out="$TMP/serve.$1.out"
    (cd "$TMP" && exec env DATABASE_PATH="$TMP/adakings.db" LOG_DIR="$TMP/logs" \
        SECRET_KEY="$SECRET" MAX_CONNECTIONS=2000 MAX_PENDING_PER_IP=2000 SQLITE_SYNCHRONOUS="$2" \
        "$ADAKINGS" serve --host 127.0.0.1 --port 0) >"$out" 2>"$out.err" &
    SERVER_PID=$!
    local port=""
    for _ in $(seq 1 300); do
        port="$(sed -n 's#.*Listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*#\1#p' "$out" | head -n 1)"
        [[ -n "$port" ]] && break
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "storm.sh: server exited" >&2; exit 2; }
        sleep 0.1
    done
    [[ -n "$port" ]] || { echo "storm.sh: server did not start" >&2; exit 2; }
    BASE="http://127.0.0.1:$port"
    echo "==> server pid $SERVER_PID on $BASE" >&2
}

restart() {
    stop_pid "$SERVER_PID" 40 storm.sh
    start_server "$1" "${2:-FULL}"
}

(cd "$TMP" && run_env "$ADAKINGS" seed-demo >/dev/null)
FAILED=0
start_server fill NORMAL
echo "==> loadgen storm --phase fill --fill $FILL" >&2
"$LOADGEN" storm --phase fill --fill "$FILL" --base "$BASE" || FAILED=1
restart connect
echo "==> loadgen storm --phase connect --clients $CLIENTS --orders 20 --timeout 30 --pid $SERVER_PID" >&2
"$LOADGEN" storm --phase connect --clients "$CLIENTS" --orders 20 --timeout 30 \
    --pid "$SERVER_PID" --base "$BASE" || FAILED=1
restart resume
echo "==> loadgen storm --phase resume --clients $CLIENTS --orders 20 --timeout 30" >&2
"$LOADGEN" storm --phase resume --clients "$CLIENTS" --orders 20 --timeout 30 \
    --base "$BASE" || FAILED=1
exit "$FAILED"
