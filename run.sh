#!/usr/bin/env bash
# Builds the server in release mode and runs it. On first run it creates the database with
# demo data and logins (random passwords, printed once and kept in data/demo-logins.txt,
# unless DEMO_PASSWORD sets a known one); an existing database is never deleted or reset.
#   ./run.sh                 serve on port 8000 (or PORT from the environment / .env)
#   ./run.sh --port 9000     arguments are passed to `adakings serve`
#   ./run.sh --upgrade       build, then take over from the server already running on the port
#                            (`adakings serve --takeover`): no request is refused; the old
#                            process finishes its requests and exits; exit 1 if the new one
#                            cannot start (the old one keeps serving)
set -euo pipefail
cd "$(dirname "$0")"

# --upgrade is ours; everything else goes to `adakings serve`.
upgrade=0
args=()
for a in "$@"; do
    if [[ "$a" == "--upgrade" ]]; then upgrade=1; else args+=("$a"); fi
done
set -- "${args[@]+"${args[@]}"}"

cargo build --release
bin="${CARGO_TARGET_DIR:-target}/release/adakings"

# The same database path the server will use: the environment, then .env, then the default.
db="${DATABASE_PATH:-}"
if [[ -z "$db" && -f .env ]]; then
    db="$(sed -n 's/^[[:space:]]*DATABASE_PATH[[:space:]]*=[[:space:]]*//p' .env | tail -n 1)"
    db="${db%\"}"; db="${db#\"}"; db="${db%\'}"; db="${db#\'}"
fi
db="${db:-data/adakings.db}"
if [[ ! -e "$db" ]]; then
    echo "No database at $db yet: creating it with demo data."
    "$bin" seed-demo
fi

# The port the server will listen on, for the friendly line (the server prints the exact
# address itself: "Listening on http://HOST:PORT").
port="${PORT:-}"
if [[ -z "$port" && -f .env ]]; then
    port="$(sed -n 's/^[[:space:]]*PORT[[:space:]]*=[[:space:]]*//p' .env | tail -n 1)"
    port="${port%\"}"; port="${port#\"}"; port="${port%\'}"; port="${port#\'}"
fi
port="${port:-8000}"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
        --port) port="${args[$((i + 1))]:-$port}" ;;
        --port=*) port="${args[$i]#--port=}" ;;
    esac
done
if [[ "$upgrade" == 1 ]]; then
    echo "Upgrading: taking over port ${port} from the running server (Ctrl-C to stop)"
    exec "$bin" serve --takeover "$@"
fi
echo "Starting Adakings (Ctrl-C to stop)"
echo "  Order board: open http://localhost:${port}/board/ in a browser (from a tablet: this machine's address)"
echo "  API health:  http://localhost:${port}/api/health/"
exec "$bin" serve "$@"
