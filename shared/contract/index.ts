import type { z } from 'zod';
import { agentMethods } from './agents';
import { alertMethods } from './alerts';
import { attentionMethods } from './attention';
import type { EventName } from './events';
import { METHOD_NAME_LIST, type EVENT_NAME_LIST } from './names';
import { caseMethods } from './cases';
import { caseCreateMethods } from './caseCreate';
import { caseDraftMethods } from './caseDrafts';
import { caseEditMethods } from './caseEdit';
import { directoryMethods } from './directory';
import { chatMethods } from './chats';
import { closureMethods } from './closure';
import { checklistMethods } from './checklist';
import { handoffMethods } from './handoff';
import { filterMethods } from './filters';
import { intakeMethods } from './intake';
import { jobMethods } from './jobs';
import { queueMethods } from './queue';
import { settingsMethods } from './settings';
import { sweepMethods } from './sweep';
import { syncMethods } from './sync';
import { scheduleMethods } from './schedules';
import { teamMethods } from './team';
import { workspaceMethods } from './workspace';
import { workflowMethods } from './workflowSettings';

/**
 * The one typed contract between the faces and the core (DESIGN.md, example 2), composed per
 * domain. The preload bridge, the IPC handlers, the WebSocket server, the CLI and the renderer
 * client are all typed from `methods`: a drift is a compile error.
 */
export const methods = {
  ...workspaceMethods,
  ...queueMethods,
  ...filterMethods,
  ...attentionMethods,
  ...caseMethods,
  ...caseCreateMethods,
  ...caseDraftMethods,
  ...caseEditMethods,
  ...directoryMethods,
  ...chatMethods,
  ...closureMethods,
  ...checklistMethods,
  ...handoffMethods,
  ...intakeMethods,
  ...agentMethods,
  ...alertMethods,
  ...settingsMethods,
  ...sweepMethods,
  ...syncMethods,
  ...scheduleMethods,
  ...teamMethods,
  ...jobMethods,
  ...workflowMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller may send (defaults not yet applied). */
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type Output<M extends MethodName> = z.output<Methods[M]['output']>;

export const METHOD_NAMES = METHOD_NAME_LIST;

// Compile-time check: names.ts lists exactly the contract's methods and events.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<(typeof METHOD_NAME_LIST)[number], MethodName> = true;
const eventsMatch: Same<(typeof EVENT_NAME_LIST)[number], EventName> = true;
void namesMatch;
void eventsMatch;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

export * from './events';
export { JOB_KINDS, type JobProgressEvent } from './jobs';
export * from './models';
export * from './result';
export { QUEUE_PAGE_MAX } from './queue';
export * from './queueFilter';
export { SAVED_FILTERS_MAX, SAVED_FILTER_NAME_MAX } from './filters';
export { CASE_SEARCH_LIMIT, INTAKE_STATUSES, isPlayableAudioUrl, type CaseSearchHit, type InteractionDetail, type IntakePush } from './intake';
export { EVENT_NAME_LIST, METHOD_NAME_LIST } from './names';
