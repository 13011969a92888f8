import { z } from 'zod';
import type { Extra } from '../interchange/schema';
import { parseIso, toIso, toIsoOrNull } from '../time/instant';

/**
 * A lead's approval of a new case split from an old one (`workflow.md` "Roles and the handoff view";
 * SOP 04: "Connect with the Shift Lead when you need to create a new ticket ... ALL APPROVED TICKETS
 * WILL HAVE NOTE FROM THE SHIFT LEAD"). Kept on the new case, under `splitApproval` (an optional case
 * key in the interchange format, docs/format.md): an agent's split waits for a lead; a lead's own
 * split is approved as it is made. Instants are epoch milliseconds in the workspace, ISO in files.
 */
export const SPLIT_APPROVAL_KEY = 'splitApproval';

const instant = z.union([z.number().int(), z.iso.datetime({ offset: true }).transform(parseIso)]);
const splitApprovalSchema = z.object({
  state: z.enum(['pending', 'approved']),
  fromId: z.string(),
  requestedBy: z.string().nullable(),
  requestedAt: instant,
  approvedBy: z.string().nullable().default(null),
  approvedAt: instant.nullable().default(null),
  note: z.string().nullable().default(null),
});
export type SplitApproval = z.output<typeof splitApprovalSchema>;

/** The case's split approval, or null when it is no split (or the stored value is not one). */
export function splitApprovalOf(extra: Extra): SplitApproval | null {
  const raw = extra[SPLIT_APPROVAL_KEY];
  if (raw === undefined) return null;
  const parsed = splitApprovalSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The case's `extra` with the approval written in (ISO instants, as files carry them). */
export function withSplitApproval(extra: Extra, a: SplitApproval): Extra {
  return {
    ...extra,
    [SPLIT_APPROVAL_KEY]: {
      ...a,
      requestedAt: toIso(a.requestedAt),
      approvedAt: toIsoOrNull(a.approvedAt),
    },
  };
}
