// main.tsx's first import, so it runs before any other module of the bundle (React, MUI, the app):
// the start of the bundle's evaluation, for the cold-start breakdown (lib/startupMarks.ts).
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';

markStartup(STARTUP_MARKS.evalStart);
