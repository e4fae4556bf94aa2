#!/usr/bin/env bash
# Makes sure what the test suite talks to is there: a PostgreSQL server (the tests fall back to an embedded
# one when none answers on 127.0.0.1:5432) and Debian's Chromium and ChromeDriver for the browser tests.
set -uo pipefail

if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "Starting PostgreSQL $version…"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || echo "PostgreSQL did not start; the tests will run an embedded one."
  fi
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and ChromeDriver for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null \
      || echo "Chromium could not be installed: the browser tests will fail and say so."
  else
    echo "Chromium and ChromeDriver are missing (Debian: apt-get install chromium chromium-driver): the browser tests will fail and say so."
  fi
fi
exit 0
