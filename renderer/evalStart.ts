// main.tsx's first import, so it runs before any other module of the app's code (React, MUI, the
// app): the start of its evaluation, for the cold-start breakdown (lib/startupMarks.ts).
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';

markStartup(STARTUP_MARKS.evalStart);
