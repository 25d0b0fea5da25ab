# Shared by bench/read-throughput, bench/redis-outage and bench/write-latency (sourced, not run): builds the
# bench classes, starts the bench server (embedded PostgreSQL and Redis, one live match) under a temp folder in
# target/, installs wrk and nginx from Debian when missing, runs wrk and reads its figures. Everything binds
# 127.0.0.1 on free ports and is stopped by the trap the caller sets with bench_cleanup.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
work="$root/scorer-server/target/bench-$(basename "$(dirname "$0")")-$$"
mkdir -p "$work"
server_pid=""
nginx_pid=""
redis_pid=""

# The callers run under set -e, which holds in this trap too: every step tolerates failure (a stopped server's
# wait returns 143), or the folder with its database would be left behind and the script exit 143.
bench_cleanup() {
    [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
    [ -z "$redis_pid" ] || kill "$redis_pid" 2>/dev/null || true
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}

need_java_and_maven() {
    command -v java >/dev/null || { echo "$0: java (JDK 17 or newer) is not on the PATH" >&2; exit 1; }
    command -v mvn >/dev/null || { echo "$0: mvn (Maven 3.8 or newer) is not on the PATH" >&2; exit 1; }
}

# wrk and nginx come from Debian; a bare CI machine gets them here, once.
need_wrk_and_nginx() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "$0: installing ${missing[*]} from Debian" >&2
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -q >&2
        $sudo apt-get install -y -q "${missing[@]}" >&2
    fi
}

# MVN_FLAGS=-o builds offline once the dependencies are in the local repository.
build_bench() {
    echo "$0: building shared-dto, scorecard-pdf and scorer-server (mvn test-compile)..." >&2
    mvn -B -q ${MVN_FLAGS:-} -pl shared-dto,scorecard-pdf,scorer-server -Dspotless.check.skip=true test-compile \
        dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
    bench_cp="$root/scorer-server/target/test-classes:$root/scorer-server/target/classes"
    bench_cp="$bench_cp:$(cat "$root/scorer-server/target/bench-classpath.txt")"
}

# Runs a bench class from scorer-server (which finds the real matches at ../shared-dto/...).
bench_java() {
    (cd "$root/scorer-server" && exec java -cp "$bench_cp" "$@")
}

# start_server [WRITE_EVERY_MS]: sets PORT, MATCH, REDIS_PORT, ADMIN_PASSWORD, SCORER_PASSWORD.
start_server() {
    (cd "$root/scorer-server" && exec java -Xms${BENCH_HEAP:-1g} -Xmx${BENCH_HEAP:-1g} ${BENCH_JAVA_OPTS:-} -cp "$bench_cp" cricket.bench.BenchServer "$work" "$@" \
        >"$work/server.log" 2>&1) &
    server_pid=$!
    for _ in $(seq 1 240); do
        [ -f "$work/server.env" ] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "$0: server died" >&2; exit 1; }
        sleep 0.5
    done
    [ -f "$work/server.env" ] || { echo "$0: server did not start within 120 s" >&2; exit 1; }
    # shellcheck disable=SC1091
    . "$work/server.env"
    live_url="http://127.0.0.1:$PORT/api/v1/matches/$MATCH/live"
}

free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

# Serves the live summary's exact bytes as a static file: the reference the server is measured against.
start_nginx() {
    local nginx_bin
    nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
    nginx_port="$(free_port)"
    mkdir -p "$work/www" "$work/nginx"
    curl -sf "$live_url" -o "$work/www/live.json"
    cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $(nproc);
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { root $work/www; default_type application/json; }
    }
}
CONF
    "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
    nginx_pid=$!
    for _ in $(seq 1 50); do
        curl -sf "http://127.0.0.1:$nginx_port/live.json" -o /dev/null && break
        sleep 0.1
    done
    nginx_url="http://127.0.0.1:$nginx_port/live.json"
}

# run_wrk CONNECTIONS SECONDS URL: sets rps, p50, p99 (ms) and errors from one wrk run.
run_wrk() {
    local out
    out="$(wrk -t2 -c"$1" -d"$2"s --latency "$3")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms)"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)"
    local socket non2xx
    socket="$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
    errors=$(( ${socket:-0} + ${non2xx:-0} ))
}

# wrk prints 850.00us, 1.23ms, 1.02s or 1.50m; figures in milliseconds.
to_ms() {
    awk '{
        v = $1; n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
        printf "%.2f\n", n
    }'
}

# metric NAME: the value of one line of the server's /metrics (0 when absent).
metric() {
    curl -sf -H "Authorization: Bearer $METRICS_TOKEN" "http://127.0.0.1:$PORT/metrics" | awk -v name="$1" 'index($0, name " ") == 1 {print $2; found = 1} END {if (!found) print 0}'
}
