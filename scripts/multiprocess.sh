#!/usr/bin/env bash
# Several server processes on one database (loadgen `crossproc` and `takeover`):
#
# 1. two servers A and B on one fresh database (SQLITE_SYNCHRONOUS=FULL, the default);
#    orders created through A at 1, 100 and 1,000 per second; time until a WebSocket client
#    on A and one on B have each; then the CPU of B's event-tail thread over 10 idle seconds;
# 2. B stops; CLIENTS WebSocket clients and 8 writers run against A for 12 s; after 4 s
#    `adakings serve --takeover` replaces A. Failed requests, missed orders, longest gap,
#    time until every socket is back.
# The temp dir (database, logs) is removed unless MULTI_KEEP_TMP=1.
#
# Usage: scripts/multiprocess.sh
# Environment: CLIENTS [200], ADAKINGS_BIN, LOADGEN_BIN; TAIL_POLL=1 runs B with inotify
# switched off (its tail polls every 10 ms), to measure the fallback
# Exit status: 0 when every run met its checks, 1 otherwise, 2 on a setup error.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

CLIENTS="${CLIENTS:-200}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --release >&2
ADAKINGS="${ADAKINGS_BIN:-$TARGET_DIR/release/adakings}"
LOADGEN="${LOADGEN_BIN:-$TARGET_DIR/release/loadgen}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/adakings-multi.XXXXXX")"
SECRET="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
PIDS=()

cleanup() {
    for p in "${PIDS[@]+"${PIDS[@]}"}"; do stop_pid "$p" 20 multiprocess.sh; done
    if [[ "${MULTI_KEEP_TMP:-0}" == 1 ]]; then
        echo "multiprocess.sh: kept $TMP" >&2
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT

# start NAME PORT [ARGS...]: starts a server, sets PID and PORT.
start() {
    local name="$1" port="$2"
    shift 2
    local out="$TMP/$name.out"
    local poll=0
    [[ "$name" == b && "${TAIL_POLL:-0}" == 1 ]] && poll=1
    (cd "$TMP" && exec env DATABASE_PATH="$TMP/adakings.db" LOG_DIR="$TMP/logs-$name" \
        SECRET_KEY="$SECRET" MAX_CONNECTIONS=2000 MAX_PENDING_PER_IP=2000 \
        ADAKINGS_TEST_TAIL_POLL="$poll" \
        "$ADAKINGS" serve --host 127.0.0.1 --port "$port" "$@") >"$out" 2>"$out.err" &
    PID=$!
    PIDS+=("$PID")
    PORT=""
    for _ in $(seq 1 300); do
        PORT="$(sed -n 's#.*Listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*#\1#p' "$out" | head -n 1)"
        [[ -n "$PORT" ]] && break
        kill -0 "$PID" 2>/dev/null || { echo "multiprocess.sh: $name exited" >&2; cat "$out.err" >&2; exit 2; }
        sleep 0.1
    done
    [[ -n "$PORT" ]] || { echo "multiprocess.sh: $name did not start" >&2; exit 2; }
    echo "==> $name: pid $PID on port $PORT" >&2
}

(cd "$TMP" && run_env "$ADAKINGS" seed-demo >/dev/null)
FAILED=0
start a 0
A_PID=$PID A="http://127.0.0.1:$PORT" A_PORT=$PORT
start b 0
B_PID=$PID B="http://127.0.0.1:$PORT"
for spec in "1 20 1" "100 10 4" "1000 5 8"; do
    read -r rate secs writers <<<"$spec"
    echo "==> loadgen crossproc --rate $rate --duration $secs --clients $writers --base $A --base2 $B" >&2
    "$LOADGEN" crossproc --rate "$rate" --duration "$secs" --clients "$writers" \
        --base "$A" --base2 "$B" || FAILED=1
done
echo "==> loadgen crossproc --rate 1 --duration 10 --clients 1 --pid $B_PID (then 10 s idle)" >&2
"$LOADGEN" crossproc --rate 1 --duration 10 --clients 1 --base "$A" --base2 "$B" \
    --pid "$B_PID" || FAILED=1
stop_pid "$B_PID" 20 multiprocess.sh

echo "==> loadgen takeover --clients $CLIENTS --rate 100 --duration 12 --base $A (takeover after 4 s)" >&2
"$LOADGEN" takeover --clients "$CLIENTS" --rate 100 --duration 12 --timeout 30 --base "$A" &
LG=$!
sleep 4
start new "$A_PORT" --takeover
for _ in $(seq 1 300); do kill -0 "$A_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$A_PID" 2>/dev/null; then
    echo "multiprocess.sh: the old process did not exit" >&2
    FAILED=1
else
    wait "$A_PID" && echo "==> old process exited 0" >&2 || { echo "old process exit $?" >&2; FAILED=1; }
fi
wait "$LG" || FAILED=1
exit "$FAILED"
