# Sourced by the .ci/rt scripts: the settings every one of them shares.
# All can be overridden from the environment.
#   RT_PORT       port rt-server listens on, 127.0.0.1 only (default 18089: below Linux's
#                 ephemeral range 32768-60999, and not a well-known service port)
#   RT_STATE_DIR  database, pristine seed copy, token, PID file, server log
export RT_PORT="${RT_PORT:-18089}"
export RT_STATE_DIR="${RT_STATE_DIR:-/var/lib/shiftdesk-rt}"
export RT_URL="http://127.0.0.1:${RT_PORT}"
export RT_TOKEN_FILE="$RT_STATE_DIR/token"
# The database rt-server, rt-setup-database-5 and the token one-liner use. The site config
# snippet written by install.sh reads it (see 99-shiftdesk-ci.pm).
export RT_DB_FILE="${RT_DB_FILE:-$RT_STATE_DIR/rt.db}"
RT_PRISTINE_DB="$RT_STATE_DIR/pristine.db"
RT_PID_FILE="$RT_STATE_DIR/rt-server.pid"
RT_LOG_FILE="$RT_STATE_DIR/rt-server.log"
RT_LIB=/usr/share/request-tracker5/lib
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_SITE_SNIPPET=/etc/request-tracker5/RT_SiteConfig.d/99-shiftdesk-ci.pm

rt_need_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "$(basename "$0"): run as root (sudo): RT's site config is readable by root and www-data only" >&2
    exit 1
  fi
}
rt_installed() {
  dpkg-query -W -f='${Status}\n' request-tracker5 rt5-db-sqlite 2>/dev/null | grep -c '^install ok installed$' | grep -qx 2
}
