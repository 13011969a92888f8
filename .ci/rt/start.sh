#!/usr/bin/env bash
# Starts RT (rt-server, Starlet) on 127.0.0.1:$RT_PORT in the background, on a fresh copy of
# the seeded database, and waits until REST2 answers with the agent's token.
# Prints, for `eval "$(.ci/rt/start.sh)"` or a CI log:
#   RT_URL=http://127.0.0.1:18089
#   RT_TOKEN_FILE=/var/lib/shiftdesk-rt/token
#   RT_PID_FILE=...
# Environment: RT_PORT, RT_STATE_DIR (see env.sh); RT_KEEP_DB=1 keeps the existing rt.db;
# RT_WORKERS (default 2) Starlet worker processes; RT_START_TIMEOUT seconds (default 60).
# Seeds first (seed.sh) when there is no pristine database yet, or initialdata.pl is newer. A server this script started
# before is stopped first (stop.sh). Run with sudo, the tokens are given to $SUDO_USER.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
rt_need_root
if ! rt_installed; then
  echo "rt/start: request-tracker5 is not installed; run .ci/rt/install.sh first" >&2
  exit 1
fi
t0=$(date +%s)
"$here/stop.sh" >&2
# (again when the seed data changed since: a pristine database older than initialdata.pl)
if [ ! -s "$RT_PRISTINE_DB" ] || [ ! -s "$RT_TOKEN_FILE" ] || [ "$here/initialdata.pl" -nt "$RT_PRISTINE_DB" ]; then
  "$here/seed.sh" >&2
fi
if [ "${RT_KEEP_DB:-0}" != 1 ] || [ ! -s "$RT_DB_FILE" ]; then
  rm -f "$RT_DB_FILE" "$RT_DB_FILE-journal"
  (umask 077; cp "$RT_PRISTINE_DB" "$RT_DB_FILE")
fi
# Run with sudo by a developer: let that user's tests read the tokens (still 0600), and
# let them reach the files by path (the state dir becomes 0711: enter, not list).
if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  chown "$SUDO_USER" "$RT_TOKEN_FILE" "$RT_STATE_DIR/token-agent2"
  chmod 0711 "$RT_STATE_DIR"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$RT_PORT") 2>/dev/null; then
  echo "rt/start: something already listens on 127.0.0.1:$RT_PORT; set RT_PORT to a free port" >&2
  exit 1
fi

: > "$RT_LOG_FILE"
# setsid: rt-server leads its own process group, so stop.sh can end its workers with it.
# The shell writes its own PID, then becomes rt-server (exec), so the PID file is rt-server's.
setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' _ "$RT_PID_FILE" \
  "$RT_SERVER" --server Starlet --host 127.0.0.1 --port "$RT_PORT" \
  --max-workers "${RT_WORKERS:-2}" --access-log "$RT_STATE_DIR/access.log" \
  </dev/null >>"$RT_LOG_FILE" 2>&1 &

fail() {
  echo "rt/start: $1" >&2
  echo "--- last lines of $RT_LOG_FILE" >&2
  tail -n 40 "$RT_LOG_FILE" >&2
  "$here/stop.sh" >&2 || true
  exit 1
}
token="$(cat "$RT_TOKEN_FILE")"
deadline=$(( $(date +%s) + ${RT_START_TIMEOUT:-60} ))
while :; do
  [ -s "$RT_PID_FILE" ] && pid="$(cat "$RT_PID_FILE")" && ! kill -0 "$pid" 2>/dev/null \
    && fail "rt-server exited during start-up"
  code="$(curl -s -o /dev/null -w '%{http_code}' -m 5 \
          -H "Authorization: token $token" "$RT_URL/REST/2.0/queues/all" || true)"
  [ "$code" = 200 ] && break
  [ "$code" = 401 ] || [ "$code" = 403 ] && fail "REST2 refused the token in $RT_TOKEN_FILE (HTTP $code)"
  [ "$(date +%s)" -ge "$deadline" ] && fail "REST2 did not answer at $RT_URL within ${RT_START_TIMEOUT:-60} s (last HTTP code: $code)"
  sleep 0.3
done
echo "rt/start: RT $(dpkg-query -W -f='${Version}' request-tracker5) up at $RT_URL (PID $(cat "$RT_PID_FILE")) in $(( $(date +%s) - t0 )) s; log $RT_LOG_FILE" >&2
echo "RT_URL=$RT_URL"
echo "RT_TOKEN_FILE=$RT_TOKEN_FILE"
echo "RT_PID_FILE=$RT_PID_FILE"
