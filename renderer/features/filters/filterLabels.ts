import type { QueueFilterOptions } from '../../../shared/contract/queueFilter';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  type CaseStatus,
  type Channel,
  type Priority,
} from '../../../shared/domain/vocab';
import type { FilterField } from './filtersStore';

export const FIELD_LABELS: Record<FilterField, string> = {
  channel: 'Channel',
  priority: 'Priority',
  status: 'Status',
  organizationId: 'Organization',
  label: 'Label',
};

export interface FilterChoice {
  value: string;
  label: string;
  /** How many open items have it (organizations and labels only). */
  count?: number;
}

/** What the menu offers for one field: fixed vocabularies, or the open items' organizations and labels. */
export function choicesOf(field: FilterField, options: QueueFilterOptions | null): FilterChoice[] {
  switch (field) {
    case 'channel':
      return CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
    case 'priority':
      return PRIORITIES.map((p) => ({ value: p, label: `${p} ${PRIORITY_LABELS[p]}` }));
    case 'status':
      // Closed cases are never in the queue.
      return CASE_STATUSES.filter((s) => s !== 'closed').map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }));
    case 'organizationId':
      return (options?.organizations ?? []).map((o) => ({ value: o.id, label: o.name, count: o.count }));
    case 'label':
      return (options?.labels ?? []).map((l) => ({ value: l.label, label: l.label, count: l.count }));
  }
}

/** The words on a chip for one chosen value. */
export function valueLabel(field: FilterField, value: string, options: QueueFilterOptions | null): string {
  switch (field) {
    case 'channel':
      return CHANNEL_LABELS[value as Channel] ?? value;
    case 'priority':
      return PRIORITY_LABELS[value as Priority] ? `${value} ${PRIORITY_LABELS[value as Priority]}` : value;
    case 'status':
      return CASE_STATUS_LABELS[value as CaseStatus] ?? value;
    case 'organizationId':
      return options?.organizations.find((o) => o.id === value)?.name ?? 'Organization';
    case 'label':
      return value;
  }
}
