import type { AlertKind } from '../../../shared/domain/vocab';

/** An alert's id: one per work item, kind and deadline, so a moved deadline is a new alert (migration 003). */
export const alertId = (itemId: string, kind: AlertKind, deadline: number) => `${itemId}|${kind}|${deadline}`;
