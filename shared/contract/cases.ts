import { z } from 'zod';
import { method } from './define';
import { URGENCIES } from '../domain/vocab';
import { caseDetailModel } from './models';

export const caseMethods = {
  'cases.get': method(z.object({ id: z.string().min(1) }), caseDetailModel, 'one case with its fields and timeline'),
  'cases.markNoReplyNeeded': method(
    z.object({ id: z.string().min(1), note: z.string().max(2000, 'note longer than 2000 characters').optional() }),
    caseDetailModel,
    'records "no reply needed" on the timeline (the agent using this device): the update timer stops until the customer writes again',
  ),
  'cases.setUrgency': method(
    z.object({ id: z.string().min(1), urgency: z.enum(URGENCIES) }),
    caseDetailModel,
    "sets the case's urgency (none, urgent, emergency); the urgency in force is the higher of it and the one its priority implies for its type",
  ),
} as const;
