export const USAGE = `usage: shiftdesk <command> [options]

commands:
  import FILE        validate and import a workspace file (interchange format v1); all or nothing
  export [FILE]      write the whole workspace as JSON (to stdout without FILE)
  queue              the unified queue in order
      --view all|my|unassigned   which view (default all)
      --agent ID                 whose "my" queue (default: this device's agent)
      --at INSTANT               read every clock as of this ISO 8601 instant (default now)
      --json                     stable JSON output (docs/cli.md)

options for every command:
  --db FILE          the workspace database (default: the desktop app's)
  --help             this text

exit codes: 0 ok, 1 runtime failure, 2 bad input (the reason is on stderr)`;
