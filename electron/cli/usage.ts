export const USAGE = `usage: shiftdesk <command> [options]

commands:
  import FILE        validate and import a workspace file (interchange format v1); all or nothing
  export [FILE]      write the whole workspace as JSON (to stdout without FILE)
  queue              the unified queue in order
      --view VIEW       all (default), my, unassigned, our-turn or aging (docs/queue.md)
      --agent ID        whose "my" queue (default: this device's agent)
      --at INSTANT      read every clock as of this ISO 8601 instant (default now)
      --json            stable JSON output (docs/cli.md)
  sweep              what the unassigned sweep would notify now (a dry run: nothing recorded or shown)
      --agent ID                 whose status gates it (default: this device's agent)
      --at INSTANT               as of this ISO 8601 instant (default now)
      --json                     the finding as JSON (docs/cli.md)
  tick               what the app's closure timer would have done by now: closes the cases due to close (7 days
                     after the resolution email) and lists the testimonial follow-ups due (docs/closure.md)
      --at INSTANT               as of this ISO 8601 instant (default now)
      --json                     as JSON: what closure.run answers
  intake-info        the local intake endpoint's URL and this workspace's token (docs/intake.md)
      --json                     as JSON: { url, token, running, port }
      --rotate                   first replace the token with a new one (the old one stops working at once)
  report chats       the daily chat report: a day's chats counted by outcome, per agent and team
      --day DATE                 the day (YYYY-MM-DD) in the team's time zone (required)
      --agent ID                 that agent's line only (the team's line stays)
      --json                     the report as JSON (docs/cli.md)
  checklist          an agent's daily checklist: Start / Middle / End, what ticked itself and why (docs/checklist.md)
      --agent ID                 whose (default: this device's agent)
      --day DATE                 a kept day (YYYY-MM-DD in the agent's zone; default today, made on first read)
      --json                     as JSON: what checklist.today answers
  status STATUS      set an agent's status: available, in_a_meeting, unavailable or on_leave (docs/roles.md);
                     an agent sets only their own, a lead anyone's; each change is recorded in the audit list
      --agent ID                 whose status (required)
      --by AGENT                 who sets it (default: this device's agent)
      --json                     the agent as JSON
  handoff            the handoff sheet of an agent's leave: every open case with its SLA at the start of the leave,
                     every deadline, closure timer, agreed update and need-by date inside it, notes and proposed
                     new owners (docs/handoff.md); read only: a lead approves it in the app
      --agent ID                 who goes on leave (required)
      --from DATE --to DATE      the leave's first and last days (YYYY-MM-DD in the agent's zone; required)
      --at INSTANT               as of this ISO 8601 instant (default now)
      --json                     as JSON: what handoff.sheet answers
  connect rt         connect the workspace to a Request Tracker queue (docs/sync.md): tests the connection first;
                     the token stays in its file (or the environment), never in the workspace
      --url URL                  RT's address, e.g. https://rt.example.com (required)
      --queue NAME               an RT queue to follow (required; repeat for more)
      --token-file FILE          a file readable only by you holding the RT auth token (or set SHIFTDESK_RT_TOKEN)
      --by LEAD                  the lead connecting it (default: the workspace's first lead)
  sync --once        one sync pass with the help desk: pull what changed, then send what waits (exit 1 if it stopped)
  sync status        connected or not, online or offline, changes waiting to send, conflicts, last pull (--json)
  case new           create a case with its type's defaults; prints its key (docs/cli.md)
      --type TYPE                request_for_service, admin_task, enhancement or bug (required)
      --subject TEXT             the summary (required unless --from-interaction gives one)
      --org ID / --contact ID    the organization / the reporter
      --priority P               one the type offers (default P6)
      --from-interaction ID      from a waiting call, chat, voicemail or email, filed into the new case
      --json                     the new case as JSON
  case show KEY      a case's fields, SLA timer and timeline (--json: as cases.get gives it; --at as of an instant)
  case reply KEY     record a public reply (--body TEXT, or --template NAME [--phrase TEXT] filled from the case);
                     Shiftdesk does not send mail yet; --template resolution moves a Resolved case to Pending Closure
  case note KEY      add an internal note (--body TEXT); never sent
  case status KEY STATUS
                     move the case along the status table (a refused move exits 2 with what to do instead)
  case link KEY OTHER --kind needs-config|related|child
                     link two cases by hand (OTHER is the configuration case KEY needs, related, or KEY's child)
  case split KEY --type TYPE --subject TEXT [--priority P] [--as needs-config]
                     a second request as a new linked case with its type's defaults (prints its key first);
                     --as needs-config: the configuration case KEY needs (raised by the rule)
      --by AGENT                 who writes (default: this device's agent)
  backup FILE        an online, consistent copy of the workspace database in FILE (the app may keep running)
  restore [FILE]     put a backup in place of the workspace (default: the newest of its daily backups);
                     the workspace it replaces is kept beside it; quit the app on this workspace first

options for every command:
  --db FILE          the workspace database (default: the desktop app's)
  --help             this text

exit codes: 0 ok, 1 runtime failure, 2 bad input (the reason is on stderr)`;
