# Shared by the scripts in this folder (sourced, not run).

# stop_pid PID SECONDS NAME: SIGTERM, wait up to SECONDS for a graceful exit, then SIGKILL.
stop_pid() {
    local pid="$1" secs="$2" name="$3"
    [[ -n "$pid" ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 $((secs * 10))); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$name: server $pid ignored SIGTERM; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}
