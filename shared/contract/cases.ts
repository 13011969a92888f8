import { z } from 'zod';
import { method } from './define';
import { caseDetailModel } from './models';

export const caseMethods = {
  'cases.get': method(z.object({ id: z.string().min(1) }), caseDetailModel, 'one case with its fields and timeline'),
} as const;
