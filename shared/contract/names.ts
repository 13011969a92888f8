/**
 * The contract's method and event names as plain data, with no zod: the sandboxed preload
 * imports only this file. `index.ts` checks at compile time that it lists exactly the methods
 * of the contract, so adding a method without naming it here is a type error.
 */
export const METHOD_NAME_LIST = [
  'workspace.status',
  'workspace.now',
  'workspace.loadSample',
  'workspace.startEmpty',
  'workspace.import',
  'workspace.export',
  'queue.list',
  'queue.counts',
  'queue.filterOptions',
  'queue.take',
  'filters.list',
  'filters.save',
  'filters.remove',
  'queue.atRisk',
  'queue.openItem',
  'cases.get',
  'cases.markNoReplyNeeded',
  'cases.setUrgency',
  'cases.search',
  'interactions.log',
  'interactions.get',
  'interactions.markDone',
  'interactions.undoDone',
  'interactions.file',
  'intake.push',
  'intake.info',
  'agents.list',
  'agents.setStatus',
  'session.get',
  'session.setAgent',
  'alerts.list',
  'alerts.markRead',
  'alerts.open',
  'settings.getSla',
  'settings.setSla',
  'sweep.status',
  'sweep.setInterval',
  'sweep.log',
  'sweep.preview',
  'jobs.current',
] as const;

export const EVENT_NAME_LIST = ['changed', 'notify', 'open', 'progress'] as const;
