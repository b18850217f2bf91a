#!/usr/bin/env bash
# Runs the Autobahn|Testsuite fuzzingclient (the reference RFC 6455 conformance suite) against
# the server's echo WebSocket and reports the result counts.
#
# Builds release, starts `adakings serve` on an ephemeral loopback port with a throwaway
# database and WS_ECHO_PATH=/ws/echo/ (the echo endpoint runs the very same connection loop
# as /ws/orders/), installs the suite into a temp virtualenv under Python 2.7 (the suite
# runs on nothing newer), runs cases 1-7 (plus 9 with --with-9), and prints the count per
# behavior and the ids of any FAILED case. The server is stopped on exit, whatever happens.
#
# Usage: scripts/autobahn.sh [--with-9] [--cases LIST] [--keep]
#   --with-9      also run the limits/performance cases 9.* (large messages: the run takes
#                 several minutes more and sets WS_MAX_MESSAGE_SIZE to 16 MiB)
#   --cases LIST  comma-separated case patterns instead of the default (e.g. "5.*,7.7.*")
#   --keep        keep the temp dir (server logs, the suite's HTML/JSON reports)
# Environment:
#   PYTHON27            the Python 2.7 interpreter [default: pyenv's 2.7.18, else python2.7]
#   AUTOBAHN_VENV       reuse this virtualenv (created and filled on first use) instead of a
#                       fresh one in the temp dir
#   AUTOBAHN_TIMEOUT    seconds the suite may run before it is stopped [default: 900, 2400
#                       with --with-9]
#   ADAKINGS_BIN        use this binary instead of the release build
# Exit status: 0 when no case FAILED, 1 when some did, 2 on a usage or setup error.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

WITH_9=0
KEEP=0
CASES_ARG=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --with-9) WITH_9=1 ;;
        --keep) KEEP=1 ;;
        --cases)
            [[ $# -ge 2 ]] || { echo "autobahn.sh: --cases needs a list" >&2; exit 2; }
            CASES_ARG="$2"
            shift
            ;;
        -h | --help)
            sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *) echo "autobahn.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

if [[ -n "$CASES_ARG" ]]; then
    CASES="$CASES_ARG"
elif [[ $WITH_9 -eq 1 ]]; then
    CASES="1.*,2.*,3.*,4.*,5.*,6.*,7.*,9.*"
else
    CASES="1.*,2.*,3.*,4.*,5.*,6.*,7.*"
fi
if [[ $WITH_9 -eq 1 ]]; then
    # Case 9 sends messages of up to 16 MiB (the server's default bound is 64 KiB).
    MAX_MESSAGE=16777216
    DEFAULT_TIMEOUT=2400
else
    MAX_MESSAGE=65536
    DEFAULT_TIMEOUT=900
fi
SUITE_TIMEOUT="${AUTOBAHN_TIMEOUT:-$DEFAULT_TIMEOUT}"
ECHO_PATH=/ws/echo/

PY27="${PYTHON27:-}"
if [[ -z "$PY27" ]]; then
    if [[ -x "$HOME/.pyenv/versions/2.7.18/bin/python" ]]; then
        PY27="$HOME/.pyenv/versions/2.7.18/bin/python"
    else
        PY27="$(command -v python2.7 || true)"
    fi
fi
if [[ -z "$PY27" ]] || ! "$PY27" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (2, 7) else 1)' 2>/dev/null; then
    echo "autobahn.sh: no Python 2.7 found (set PYTHON27); the suite needs it" >&2
    exit 2
fi

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
if [[ -z "${ADAKINGS_BIN:-}" ]]; then
    echo "==> cargo build --release --bin adakings" >&2
    cargo build --release --bin adakings >&2
fi
ADAKINGS="${ADAKINGS_BIN:-$TARGET_DIR/release/adakings}"
[[ -x "$ADAKINGS" ]] || { echo "autobahn.sh: $ADAKINGS is missing or not executable" >&2; exit 2; }
ADAKINGS="$(cd "$(dirname "$ADAKINGS")" && pwd)/$(basename "$ADAKINGS")"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/adakings-autobahn.XXXXXX")"
SERVER_PID=""
SUITE_PID=""

stop_server() {
    stop_pid "$SERVER_PID" 10 autobahn.sh
    SERVER_PID=""
}

cleanup() {
    local rc=$?
    if [[ -n "$SUITE_PID" ]] && kill -0 "$SUITE_PID" 2>/dev/null; then
        kill -TERM "$SUITE_PID" 2>/dev/null || true
        wait "$SUITE_PID" 2>/dev/null || true
    fi
    stop_server
    if [[ $KEEP -eq 1 ]]; then
        echo "autobahn.sh: kept $TMP (reports in $TMP/reports, server logs in $TMP/logs)" >&2
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The suite, pinned to a set that resolves and runs under Python 2.7 (newer releases of its
# dependencies dropped 2.7). virtualenv itself comes from PyPI into the temp dir, since a
# bare pyenv 2.7 has none.
SUITE_PINS=(
    "autobahntestsuite==25.10.1" "autobahn==0.10.9" "txaio==2.1.0" "Twisted==19.10.0"
    "zope.interface==4.6.0" "attrs==21.4.0" "Automat==22.10.0" "constantly==15.1.0"
    "hyperlink==21.0.0" "incremental==16.10.1" "PyHamcrest==1.10.1" "six==1.16.0"
    "pyOpenSSL==19.1.0" "cryptography==3.3.2" "cffi==1.15.1" "pycparser==2.21"
    "enum34==1.1.10" "ipaddress==1.0.23" "idna==2.10" "service-identity==18.1.0"
    "pyasn1==0.5.1" "pyasn1-modules==0.3.0" "klein==17.10.0" "Werkzeug==1.0.1"
    "Jinja2==2.11.3" "MarkupSafe==1.1.1" "wsaccel==0.6.6" "ujson==2.0.3" "typing==3.10.0.0"
    "unittest2==1.1.0" "traceback2==1.4.0" "linecache2==1.0.0"
)
VENV="${AUTOBAHN_VENV:-$TMP/venv}"
if [[ ! -x "$VENV/bin/wstest" ]]; then
    echo "==> installing the Autobahn|Testsuite into $VENV (Python 2.7: $PY27)" >&2
    PIP_QUIET=(--disable-pip-version-check -q)
    if [[ ! -x "$VENV/bin/python" ]]; then
        "$PY27" -m pip install "${PIP_QUIET[@]}" --target "$TMP/virtualenv" "virtualenv<20.22" >&2
        PYTHONPATH="$TMP/virtualenv" "$PY27" -m virtualenv -q "$VENV" >&2
    fi
    "$VENV/bin/pip" install "${PIP_QUIET[@]}" "${SUITE_PINS[@]}" >&2
fi
"$VENV/bin/wstest" -a >&2

# The server: a fresh database, its logs and its signing key in the temp dir.
mkdir -p "$TMP/logs" "$TMP/reports"
SECRET="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
(cd "$TMP" && exec env DATABASE_PATH="$TMP/adakings.db" LOG_DIR="$TMP/logs" SECRET_KEY="$SECRET" \
    WS_ECHO_PATH="$ECHO_PATH" WS_MAX_MESSAGE_SIZE="$MAX_MESSAGE" \
    "$ADAKINGS" serve --host 127.0.0.1 --port 0) >"$TMP/serve.out" 2>"$TMP/serve.err" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 300); do
    PORT="$(sed -n 's#.*Listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*#\1#p' "$TMP/serve.out" | head -n 1)"
    [[ -n "$PORT" ]] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "autobahn.sh: the server exited at start:" >&2
        tail -n 20 "$TMP/serve.err" "$TMP/serve.out" >&2
        SERVER_PID=""
        exit 2
    fi
    sleep 0.1
done
[[ -n "$PORT" ]] || { echo "autobahn.sh: no \"Listening on\" line from the server within 30 s" >&2; exit 2; }
URL="ws://127.0.0.1:$PORT$ECHO_PATH"
echo "==> server pid $SERVER_PID, echo WebSocket at $URL (WS_MAX_MESSAGE_SIZE=$MAX_MESSAGE)" >&2

"$VENV/bin/python" - "$TMP/spec.json" "$TMP/reports" "$URL" "$CASES" <<'PY'
import json, sys
spec_path, outdir, url, cases = sys.argv[1:5]
spec = {
    "outdir": outdir,
    "servers": [{"agent": "adakings", "url": url}],
    "cases": [c.strip() for c in cases.split(",") if c.strip()],
    "exclude-cases": [],
    "exclude-agent-cases": {},
}
with open(spec_path, "w") as f:
    json.dump(spec, f, indent=2)
PY

echo "==> wstest -m fuzzingclient -s spec.json (cases $CASES; at most ${SUITE_TIMEOUT}s)" >&2
START=$(date +%s)
SUITE_RC=0
(cd "$TMP" && exec timeout --signal=TERM --kill-after=10 "$SUITE_TIMEOUT" \
    "$VENV/bin/wstest" -m fuzzingclient -s "$TMP/spec.json") >"$TMP/wstest.log" 2>&1 &
SUITE_PID=$!
wait "$SUITE_PID" || SUITE_RC=$?
SUITE_PID=""
ELAPSED=$(($(date +%s) - START))
if [[ $SUITE_RC -eq 124 || $SUITE_RC -eq 137 ]]; then
    echo "autobahn.sh: the suite did not finish within ${SUITE_TIMEOUT}s; last lines:" >&2
    tail -n 20 "$TMP/wstest.log" >&2
    exit 1
fi
if [[ $SUITE_RC -ne 0 ]]; then
    echo "autobahn.sh: wstest exited with $SUITE_RC; last lines:" >&2
    tail -n 20 "$TMP/wstest.log" >&2
fi
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "autobahn.sh: the server died during the run" >&2
    tail -n 20 "$TMP/serve.err" >&2
    SERVER_PID=""
    exit 1
fi
if [[ ! -s "$TMP/reports/index.json" ]]; then
    echo "autobahn.sh: the suite wrote no report (index.json); last lines:" >&2
    tail -n 20 "$TMP/wstest.log" >&2
    exit 1
fi

echo "==> results ($ELAPSED s, $(date -u '+%Y-%m-%d %H:%M UTC'))"
"$VENV/bin/python" - "$TMP/reports/index.json" <<'PY'
"""Counts the suite's verdicts per behavior; exit 1 when any case FAILED."""
import json, sys

with open(sys.argv[1]) as f:
    index = json.load(f)
ORDER = ["OK", "NON-STRICT", "INFORMATIONAL", "UNIMPLEMENTED", "FAILED"]


def case_key(case_id):
    return tuple(int(p) if p.isdigit() else p for p in case_id.split("."))


failed = []
for agent, cases in sorted(index.items()):
    counts = dict((b, 0) for b in ORDER)
    for case_id in sorted(cases, key=case_key):
        r = cases[case_id]
        b = r.get("behavior", "?")
        counts[b] = counts.get(b, 0) + 1
        # A case whose closing handshake misbehaved is reported as FAILED in behaviorClose.
        if b == "FAILED" or r.get("behaviorClose") == "FAILED":
            failed.append((agent, case_id, b, r.get("behaviorClose"), r.get("remoteCloseCode")))
    total = sum(counts.values())
    print("agent %s: %d cases" % (agent, total))
    for b in ORDER + sorted(set(counts) - set(ORDER)):
        print("  %-14s %d" % (b, counts[b]))
if failed:
    print("FAILED cases (behavior / closing behavior / close code the server sent):")
    for agent, case_id, b, bc, code in failed:
        print("  %s %s: %s / %s / %s" % (agent, case_id, b, bc, code))
    sys.exit(1)
print("no FAILED cases")
PY
