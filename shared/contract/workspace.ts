import { z } from 'zod';
import { method } from './define';
import { importSummaryModel, workspaceStatusModel } from './models';

export const workspaceMethods = {
  'workspace.status': method(
    z.object({ counts: z.boolean().default(false) }),
    workspaceStatusModel,
    'first-run state and location of the open workspace; with `counts`, how many records each table holds (a count of every table: not on each page load)',
  ),
  'workspace.now': method(
    z.object({}),
    z.object({ now: z.string() }),
    "the core's current instant (ISO 8601); the renderer's clock follows it, so a core started with `--clock-start` and its pages agree",
  ),
  'workspace.loadSample': method(z.object({}), importSummaryModel, 'imports the sample shift, its times placed around now'),
  'workspace.startEmpty': method(z.object({}), z.object({}), 'records the first-run choice to start with an empty workspace'),
  'workspace.import': method(
    z.object({ content: z.string().max(512 * 1024 * 1024, 'file larger than 512 MB') }),
    importSummaryModel,
    'validates and imports a workspace file (interchange format v1), all or nothing',
  ),
  'workspace.export': method(z.object({}), z.object({ content: z.string() }), 'the whole workspace in the interchange format'),
} as const;
