import { z } from 'zod';
import { calendarSettingSchema } from '../interchange/schema';
import { slaPolicySchema } from '../sla/policy';
import { method } from './define';
import { slaSettingsModel } from './models';

export const settingsMethods = {
  'settings.getSla': method(z.object({}), slaSettingsModel, "the workspace's SLA policy and business calendar"),
  'settings.setSla': method(
    z.object({ policy: slaPolicySchema, calendar: calendarSettingSchema }),
    slaSettingsModel,
    'saves the SLA policy and calendar (leads only) and recomputes every deadline at once',
  ),
} as const;
