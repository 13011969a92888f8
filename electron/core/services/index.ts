import type { Handlers } from '../../../shared/contract/index';
import { agentsService } from './agents';
import { alertsService } from './alerts';
import { attentionService } from './attention';
import { casesService } from './cases';
import { caseCreateService } from './caseCreate';
import { caseDraftsService } from './caseDrafts';
import { caseEditService } from './caseEdit';
import { caseLinksService } from './caseLinks';
import { chatsService } from './chats';
import { closureService } from './closure';
import { schedulesService } from './schedules';
import { checklistService } from './checklist';
import { handoffService } from './handoff';
import type { ServiceDeps } from './deps';
import { caseSearchService } from './caseSearch';
import { filingService } from './filing';
import { intakeService } from './intake';
import { queueService } from './queue';
import { savedFiltersService } from './savedFilters';
import { settingsService } from './settings';
import { sweepService } from './sweep';
import { syncService } from './sync';
import { syncMappingService } from './syncMapping';
import { teamService } from './team';
import { workspaceService } from './workspace';
import { workflowSettingsService } from './workflowSettingsService';

export type { ServiceDeps } from './deps';

/** Every contract method, implemented by the service modules. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...workspaceService(deps),
    ...queueService(deps),
    ...savedFiltersService(deps),
    ...attentionService(deps),
    ...casesService(deps),
    ...caseCreateService(deps),
    ...caseDraftsService(deps),
    ...caseEditService(deps),
    ...caseLinksService(deps),
    ...chatsService(deps),
    ...closureService(deps),
    ...schedulesService(deps),
    ...checklistService(deps),
    ...handoffService(deps),
    ...intakeService(deps),
    ...filingService(deps),
    ...caseSearchService(deps),
    ...agentsService(deps),
    ...settingsService(deps),
    ...alertsService(deps),
    ...sweepService(deps),
    ...syncService(deps),
    ...syncMappingService(deps),
    ...teamService(deps),
    ...workflowSettingsService(deps),
  };
}
