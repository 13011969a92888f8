#!/usr/bin/env bash
# Installs Debian's request-tracker5 (RT 5.0.3 on Debian 12) with SQLite, for Shiftdesk's
# RT connector tests. Idempotent: the apt step is skipped when RT is already installed;
# the site config snippet is (re)written every time.
#
# Non-interactive: debconf answers are preseeded; dbconfig-common is told NOT to create
# RT's database (seed.sh creates it in $RT_STATE_DIR, so one file is the whole server state).
# The site config snippet is written before apt-get, so whatever RT does during the install
# already sees BcryptCost 4 (cheap password hashing) and MailCommand 'testfile' (no mail leaves).
# The MTA the package depends on is dma, which has no daemon and listens on no port.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
rt_need_root
start=$(date +%s)

echo "rt/install: site config snippet $RT_SITE_SNIPPET"
mkdir -p "$(dirname "$RT_SITE_SNIPPET")"
cat > "$RT_SITE_SNIPPET" <<'PERL'
# Written by Shiftdesk's .ci/rt/install.sh: a throwaway RT for integration tests.
# NOT for production. Values come from the environment the .ci/rt scripts export,
# with defaults, so rt-server, rt-setup-database-5 and one-liners agree.
my $port     = $ENV{RT_PORT}    || 18089;
my $state    = $ENV{RT_STATE_DIR} || '/var/lib/shiftdesk-rt';
Set($rtname, 'shiftdesk-ci');
Set($Organization, 'shiftdesk.test');
Set($CorrespondAddress, 'rt@shiftdesk.test');
Set($CommentAddress, 'rt-comment@shiftdesk.test');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, $ENV{RT_DB_FILE} || "$state/rt.db");
Set($WebDomain, '127.0.0.1');
Set($WebPort, $port);
Set($WebPath, '');
Set($WebBaseURL, "http://127.0.0.1:$port");
Set($BcryptCost, 4);
Set($MailCommand, 'testfile');
# Behind UTC, like many real servers: RT reads TicketSQL dates in the user's zone (the connector must not miss changes).
Set($Timezone, $ENV{RT_TIMEZONE} || 'America/Chicago');
Set($LogToSyslog, undef);
Set($LogToSTDERR, $ENV{RT_LOG_LEVEL} || 'warning');
PERL
chmod 0644 "$RT_SITE_SNIPPET"

if rt_installed; then
  echo "rt/install: request-tracker5 already installed: $(dpkg-query -W -f='${Version}' request-tracker5)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/rtname string shiftdesk-ci
request-tracker5 request-tracker5/organization string shiftdesk.test
request-tracker5 request-tracker5/correspondaddress string rt@shiftdesk.test
request-tracker5 request-tracker5/commentaddress string rt-comment@shiftdesk.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
request-tracker5 request-tracker5/webpath string /
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/database-type select sqlite3
dma dma/mailname string shiftdesk.test
dma dma/relayhost string
SEL

pkgs=(request-tracker5 rt5-db-sqlite rt5-standalone)
# Any MTA already installed satisfies RT's dependency; otherwise dma (no daemon, no port).
if ! dpkg-query -W -f='${Provides}\n' 2>/dev/null | grep -q 'mail-transport-agent'; then
  pkgs+=(dma)
fi
# (Output captured first: `grep -q` would end the pipe early, and pipefail would see SIGPIPE.)
policy="$(apt-cache policy request-tracker5 2>/dev/null || true)"
if ! grep -q 'Candidate: [0-9]' <<<"$policy"; then
  echo "rt/install: apt-get update"
  apt-get update -qq
fi
echo "rt/install: apt-get install ${pkgs[*]}"
# --force-unsafe-io: dpkg skips its fsync per file; the ~260 small packages (mostly Perl
# modules) otherwise take minutes on a slow disk. A crash mid-install can leave broken files,
# which on a CI machine is cured by reinstalling.
apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  -o Dpkg::Options::=--force-unsafe-io "${pkgs[@]}" >/dev/null
echo "rt/install: installed request-tracker5 $(dpkg-query -W -f='${Version}' request-tracker5) in $(( $(date +%s) - start )) s"
