#!/usr/bin/env bash
# ./vistka bench http: how fast Vistka serves pages, next to the physical limit of this machine (the same bytes
# as a static file from nginx) and next to WordPress, all measured with wrk on loopback in one run.
#
# Prints requests per second and p50/p99 latency for: a cached article, a cached home page, an uncached article
# render (the page cache bypassed), the cached article at 256 connections; nginx serving the article's bytes as a
# static file; WordPress uncached and behind nginx's fastcgi cache (when the WordPress reference bench is present);
# then the ratios, the start-up times and the server's resident memory after the run.
#
# Settings: BENCH_SECONDS (10) per measurement, BENCH_CONNECTIONS (32), BENCH_WORDPRESS (the folder of the
# WordPress reference bench scripts, ../shared/bench/wordpress; "none" to leave WordPress out).
# wrk sends no Accept-Encoding, so every server sends the uncompressed page, as readers' pages are compared.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${BENCH_SECONDS:-10}
CONNS=${BENCH_CONNECTIONS:-32}
WORDPRESS=${BENCH_WORDPRESS:-../shared/bench/wordpress}
JAVA=${JAVA_HOME:?the launcher sets JAVA_HOME}/bin/java
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:?the launcher sets the options of ./vistka serve}
JDK_VERSION=${JDK_VERSION:?the launcher sets the JDK version}
. scripts/startup-cache.sh
JAR=target/vistka.jar

die() { echo "bench http: $*" >&2; exit 1; }
[ -f "$JAR" ] || die "no $JAR: run it as ./vistka bench http"

need() {  # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2 (Debian's package)…" >&2
  [ "$(id -u)" = 0 ] || die "$1 is missing: apt-get install $2"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null || die "could not install $2"
}
need wrk wrk
need nginx nginx
need curl curl

free_port() {  # a port nobody listens on, from $1 upwards
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

WORK=$(mktemp -d /tmp/vistka-bench-http.XXXXXX)
chmod 755 "$WORK"  # nginx's workers run as an unprivileged user and must read the static copy
SERVER_PID= NGINX_STARTED=
cleanup() {
  local status=$?
  # A stopped server's status is 143 (SIGTERM): not the bench's.
  { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null; } || true
  { [ -n "$NGINX_STARTED" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null; } || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# Starts Vistka on $PORT with the data folder in $WORK; sets STARTUP_MS to the time until /healthz answers.
start_vistka() {
  local started
  started=$(now_ms)
  VISTKA_DATA="$WORK/data" VISTKA_PORT=$PORT VISTKA_HOST=127.0.0.1 VISTKA_DEMO=true VISTKA_LOG_LEVEL=WARN \
    "$JAVA" $SERVER_JAVA_OPTS $(startup_cache_options "$JDK_VERSION" "$SERVER_JAVA_OPTS") --enable-native-access=ALL-UNNAMED -jar "$JAR" serve \
    >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; die "Vistka did not start"; }
    sleep 0.02
  done
  STARTUP_MS=$(($(now_ms) - started))
}

stop_vistka() {
  kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

to_ms() {  # wrk prints 812.00us, 3.45ms, 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1;
    if (f < 0) { print "NaN"; exit } printf "%.2f", n * f }'
}

declare -A RPS P99
measure() {  # name connections url [wrk options…]
  local name=$1 conns=$2 url=$3 out="$WORK/$1.txt"
  shift 3
  wrk -t"$((conns < 2 ? 1 : 2))" -c"$conns" -d"${SECONDS_EACH}s" --latency "$@" "$url" >"$out" 2>&1 || die "wrk failed for $name: $(cat "$out")"
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF } /Socket errors:/ { print }' "$out")
  RPS[$name]=$rps P99[$name]=$p99
  printf '  %-28s %8s req/s   p50 %7s ms   p99 %8s ms   (%s connections)%s\n' "$name" "$rps" "$p50" "$p99" "$conns" \
    "${bad:+   errors: $bad}"
}

ratio() { awk -v a="${RPS[$1]:-0}" -v b="${RPS[$2]:-0}" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "n/a" }'; }

echo "Vistka HTTP benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(. /etc/os-release && echo "$PRETTY_NAME"); wrk -t2, ${SECONDS_EACH} s each, no Accept-Encoding"

PORT=$(free_port 18080)
start_vistka
first_start=$STARTUP_MS
stop_vistka
start_vistka
restart=$STARTUP_MS
BASE="http://127.0.0.1:$PORT"
ARTICLE=$(curl -fs "$BASE/" | grep -o 'href="/20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/[^"]*/"' | head -n 1 | cut -d'"' -f2)
[ -n "$ARTICLE" ] || die "found no article on the home page"
curl -fs -o "$WORK/article.html" "$BASE$ARTICLE"
# Warm up: let the JIT compile the paths measured below, as a server that has run for a while has.
# The cached pages last, and the article longest: on two cores the compiler needs about 15 s to settle.
wrk -t2 -c32 -d5s -H "Cookie: bench=uncached" "$BASE$ARTICLE" >/dev/null 2>&1
for url in "$BASE$ARTICLE" "$BASE/" "$BASE$ARTICLE" "$BASE$ARTICLE"; do wrk -t2 -c32 -d5s "$url" >/dev/null 2>&1; done
echo "Article $ARTICLE: $(wc -c <"$WORK/article.html") bytes of HTML, $(gzip -9 -c "$WORK/article.html" | wc -c) gzip"
echo
echo "Vistka (port $PORT)"
measure vistka_cached_article "$CONNS" "$BASE$ARTICLE"
measure vistka_cached_home "$CONNS" "$BASE/"
# A cookie keeps the page cache out of the way: every one of these requests renders the page.
measure vistka_uncached_article "$CONNS" "$BASE$ARTICLE" -H "Cookie: bench=uncached"
# One reader at a time: what a render costs a reader, without waiting behind others.
measure vistka_uncached_article_1 1 "$BASE$ARTICLE" -H "Cookie: bench=uncached"
measure vistka_cached_article_256 256 "$BASE$ARTICLE"
RSS_KB=$(awk '/VmRSS/ { print $2 }' "/proc/$SERVER_PID/status")
RSS_ANON_KB=$(awk '/RssAnon/ { print $2 }' "/proc/$SERVER_PID/status")

echo
NGINX_PORT=$(free_port $((PORT + 1)))
mkdir -p "$WORK/nginx/static$ARTICLE" "$WORK/nginx/logs"
cp "$WORK/article.html" "$WORK/nginx/static${ARTICLE}index.html"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT reuseport;
    root $WORK/nginx/static;
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>>"$WORK/nginx/logs/error.log" || die "nginx did not start: $(cat "$WORK/nginx/logs/error.log")"
NGINX_STARTED=1
cmp -s <(curl -fs "http://127.0.0.1:$NGINX_PORT$ARTICLE") "$WORK/article.html" || die "nginx does not serve the article's bytes"
echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), the same bytes as a static file (port $NGINX_PORT)"
measure nginx_static "$CONNS" "http://127.0.0.1:$NGINX_PORT$ARTICLE"
measure nginx_static_256 256 "http://127.0.0.1:$NGINX_PORT$ARTICLE"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop
NGINX_STARTED=

echo
if [ "$WORDPRESS" != none ] && [ -x "$WORDPRESS/setup.sh" ]; then
  echo "WordPress (reference bench in $WORDPRESS: an equivalent article, nginx + php-fpm + MariaDB)"
  "$WORDPRESS/setup.sh" >"$WORK/wordpress-setup.log" 2>&1 || die "WordPress setup failed: $(tail -n 5 "$WORK/wordpress-setup.log")"
  WP_PATH=$(cat "${WPBENCH_STATE:-/var/tmp/wpbench}/article.path")
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:8081$WP_PATH"; curl -s -o /dev/null "http://127.0.0.1:8082$WP_PATH"; done
  measure wordpress_uncached "$CONNS" "http://127.0.0.1:8081$WP_PATH"
  measure wordpress_fastcgi_cache "$CONNS" "http://127.0.0.1:8082$WP_PATH"
  "$WORDPRESS/stop.sh" >/dev/null 2>&1 || true
else
  echo "WordPress: left out (no reference bench at $WORDPRESS; set BENCH_WORDPRESS to its folder)"
fi

echo
echo "Ratios (requests per second)"
echo "  Vistka cached / nginx static:            $(ratio vistka_cached_article nginx_static)   at 256 connections: $(ratio vistka_cached_article_256 nginx_static_256)"
echo "  Vistka cached / WordPress uncached:      $(ratio vistka_cached_article wordpress_uncached)"
echo "  Vistka cached / WordPress fastcgi cache: $(ratio vistka_cached_article wordpress_fastcgi_cache)"
echo
echo "Start-up to a healthy /healthz: first start (creating the demo site) ${first_start} ms, restart ${restart} ms"
echo "Vistka's resident memory after the run: $((RSS_KB / 1024)) MB, of which $((RSS_ANON_KB / 1024)) MB its own (the rest: the JDK's and Vistka's files, mapped and shared)"
