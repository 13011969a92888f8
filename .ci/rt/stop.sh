#!/usr/bin/env bash
# Stops the rt-server that start.sh started, by the PID in $RT_PID_FILE (and its workers,
# which share its process group). Does nothing when none runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
[ -s "$RT_PID_FILE" ] || exit 0
pid="$(cat "$RT_PID_FILE")"
# Only a live process that is rt-server (a PID can be reused after a reboot or crash).
if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
   && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'rt-server'; then
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "rt/stop: rt-server $pid did not end on TERM; killing its process group" >&2
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  # Workers left over from a killed master, in the same process group.
  kill -TERM -- "-$pid" 2>/dev/null || true
  echo "rt/stop: stopped rt-server $pid"
fi
rm -f "$RT_PID_FILE"
