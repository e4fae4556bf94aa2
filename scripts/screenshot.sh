#!/usr/bin/env bash
# Regenerates docs/article-page.png, the README's screenshot of the demo article page: starts `./vistka serve`
# on a free port with a fresh data folder (so the demo content loads), has headless Chromium photograph the
# article, and stops the server again. Needs Chromium (Debian: apt-get install chromium) and what ./vistka needs.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLE=/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/
OUT=docs/article-page.png

die() { echo "screenshot: $*" >&2; exit 1; }

command -v chromium >/dev/null 2>&1 || die "Chromium is not installed (Debian: apt-get install chromium)"
command -v curl >/dev/null 2>&1 || die "curl is not installed (Debian: apt-get install curl)"

work=$(mktemp -d "${TMPDIR:-/tmp}/vistka-screenshot.XXXXXX")
server=
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM -- "-$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {  # a port on 127.0.0.1 that nothing answers on
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { echo "$candidate"; return 0; }
  done
  return 1
}
port=$(free_port) || die "found no free port"
base=http://127.0.0.1:$port

# A process group of its own, so stopping it also stops the Java process it starts.
set -m
VISTKA_HOST=127.0.0.1 VISTKA_PORT=$port VISTKA_DATA=$work/data VISTKA_DB_URL=jdbc:sqlite:$work/data/vistka.db \
  VISTKA_BASE_URL=$base VISTKA_DEMO=true ./vistka serve >"$work/server.log" 2>&1 &
server=$!
set +m

# The first run may build the jar first, so allow a few minutes.
for _ in $(seq 1 600); do
  curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; die "the server stopped before it answered"; }
  sleep 0.5
done
curl -fsS -o /dev/null "$base/healthz" || { cat "$work/server.log" >&2; die "the server did not answer on $base/healthz"; }

mkdir -p docs
rm -f "$OUT"
chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/chromium" \
  --window-size=1280,2150 --screenshot="$OUT" "$base$ARTICLE" >"$work/chromium.log" 2>&1 \
  || { cat "$work/chromium.log" >&2; die "Chromium could not take the screenshot"; }
[ -s "$OUT" ] || { cat "$work/chromium.log" >&2; die "Chromium wrote no $OUT"; }
echo "Wrote $OUT"
