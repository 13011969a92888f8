import { STATUS_GROUPS, TARGET_CLASSES, type SlaPolicy } from '../sla/policy';
import { toIso, toIsoOrNull } from '../time/instant';
import { FORMAT, FORMAT_VERSION, type Extra, type WorkspaceFile } from './schema';

/**
 * Writes a parsed workspace back into the interchange format: instants as ISO 8601 UTC, the
 * known keys in the spec's order, then every unknown key that was kept in `extra`. Every key the
 * parser knows is written back (a calendar's `overrides` included), so export -> import is lossless.
 */
function withExtra<T extends object>(known: T, extra: Extra): T & Extra {
  return { ...known, ...extra };
}

/**
 * A policy in the format's fixed order (targets by class, groups, warning), whatever order it was
 * stored in, so the same policy always gives the same text.
 */
export function serializeSlaPolicy(policy: SlaPolicy): Record<string, unknown> {
  return {
    targets: Object.fromEntries(
      TARGET_CLASSES.map((c) => {
        const { amount, unit, clock } = policy.targets[c];
        return [c, { amount, unit, clock }];
      }),
    ),
    groups: Object.fromEntries(STATUS_GROUPS.map((g) => [g, [...policy.groups[g]]])),
    warning: { usedPercent: policy.warning.usedPercent, minutesBefore: policy.warning.minutesBefore },
  };
}

export function serializeWorkspace(file: WorkspaceFile): Record<string, unknown> {
  const { calendar } = file;
  return withExtra(
    {
      format: FORMAT,
      version: FORMAT_VERSION,
      ...(calendar
        ? {
            calendar: withExtra(
              {
                timeZone: calendar.timeZone,
                hoursPerBusinessDay: calendar.hoursPerBusinessDay,
                week: calendar.week,
                holidays: calendar.holidays,
                // Part-day overrides are optional in the format: written only when there are some, so
                // a calendar without them exports as before. (`?? []`: a calendar stored before
                // overrides existed has no list.)
                ...((calendar.overrides ?? []).length > 0 ? { overrides: calendar.overrides } : {}),
              },
              calendar.extra,
            ),
          }
        : {}),
      // Optional too: written only for a workspace whose lead changed the policy (readWorkspace
      // leaves it null otherwise), so other workspaces export as before.
      ...(file.slaPolicy ? { slaPolicy: serializeSlaPolicy(file.slaPolicy) } : {}),
      agents: file.agents.map(({ extra, ...a }) => withExtra(a, extra)),
      organizations: file.organizations.map(({ extra, ...o }) => withExtra(o, extra)),
      contacts: file.contacts.map(({ extra, ...c }) => withExtra(c, extra)),
      cases: file.cases.map(({ extra, createdAt, agreedUpdateAt, ...c }) =>
        withExtra({ ...c, createdAt: toIso(createdAt), agreedUpdateAt: toIsoOrNull(agreedUpdateAt) }, extra),
      ),
      events: file.events.map(({ extra, at, ...e }) => withExtra({ ...e, at: toIso(at) }, extra)),
      interactions: file.interactions.map(({ extra, since, ...x }) => withExtra({ ...x, since: toIso(since) }, extra)),
    },
    file.extra,
  );
}
