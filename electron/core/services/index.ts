import type { Handlers } from '../../../shared/contract/index';
import { agentsService } from './agents';
import { alertsService } from './alerts';
import { casesService } from './cases';
import type { ServiceDeps } from './deps';
import { queueService } from './queue';
import { settingsService } from './settings';
import { workspaceService } from './workspace';

export type { ServiceDeps } from './deps';

/** Every contract method, implemented by the service modules. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...workspaceService(deps),
    ...queueService(deps),
    ...casesService(deps),
    ...agentsService(deps),
    ...settingsService(deps),
    ...alertsService(deps),
  };
}
