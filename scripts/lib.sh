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

# run_env CMD...: runs CMD against the throwaway database in $TMP (with secret $SECRET), as the
# load scripts' servers run. Every client is 127.0.0.1, so the per-IP cap on connections still
# sending their first request (MAX_PENDING_PER_IP) would count a whole storm as one client;
# demo logins get the password loadgen uses.
run_env() {
    env DATABASE_PATH="$TMP/adakings.db" LOG_DIR="$TMP/logs" SECRET_KEY="$SECRET" \
        MAX_CONNECTIONS=2000 MAX_PENDING_PER_IP=2000 DEMO_PASSWORD=adakings-demo "$@"
}
