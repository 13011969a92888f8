#!/usr/bin/env bash
# Builds the seeded RT database once: $RT_STATE_DIR/pristine.db, plus the agents' REST2
# tokens ($RT_STATE_DIR/token, token-agent2, mode 0600). start.sh copies pristine.db to
# rt.db, so each server start begins from the same fresh data and the same tokens.
# Re-running this replaces pristine.db and the tokens (new token strings); a running
# server keeps its rt.db until the next start.
#   1. rt-setup-database-5 --action init        RT's schema, core data and stock initialdata
#   2. rt-setup-database-5 --action insert --datafile .ci/rt/initialdata.pl
#                                               queues, users, group, custom fields, rights, tokens
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
rt_need_root
if ! rt_installed; then
  echo "rt/seed: request-tracker5 is not installed; run .ci/rt/install.sh first" >&2
  exit 1
fi
start=$(date +%s)
umask 077   # the database holds the test users' password hashes and the tokens
mkdir -p "$RT_STATE_DIR"
chmod 0700 "$RT_STATE_DIR"
work="$RT_STATE_DIR/seed.db"
log="$RT_STATE_DIR/seed.log"
rm -f "$work" "$work-journal" "$RT_TOKEN_FILE" "$RT_STATE_DIR/token-agent2"
: > "$log"
rootpw="$(mktemp)"
trap 'rm -f "$rootpw"' EXIT
echo 'root-password' > "$rootpw"

run() {
  if ! RT_DB_FILE="$work" "$@" >>"$log" 2>&1; then
    echo "rt/seed: failed: $*" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
}
run rt-setup-database-5 --action init --skip-create --root-password-file "$rootpw"
run rt-setup-database-5 --action insert --datafile "$here/initialdata.pl"
# rt-setup-database only logs what it could not create; a missing right or CF would
# surface much later as a confusing 403 in the connector tests, so check here.
if grep -E '\[(error|critical)\]' "$log" >&2; then
  echo "rt/seed: errors above in $log" >&2
  exit 1
fi
for f in "$RT_TOKEN_FILE" "$RT_STATE_DIR/token-agent2"; do
  [ -s "$f" ] || { echo "rt/seed: no token written to $f; see $log" >&2; exit 1; }
done
mv -f "$work" "$RT_PRISTINE_DB"
echo "rt/seed: $RT_PRISTINE_DB seeded in $(( $(date +%s) - start )) s; token in $RT_TOKEN_FILE"
