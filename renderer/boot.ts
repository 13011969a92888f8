// main.tsx's first import, so it runs before any other module of the bundle (React, MUI, the app):
// - marks the start of the bundle's evaluation (the cold-start breakdown, lib/startupMarks.ts);
// - creates the API client now, which in browser mode opens the WebSocket: the connection is made
//   while the rest of the bundle evaluates, instead of after it (docs/decisions.md D19).
import { getApiClient } from './api/index';
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';

markStartup(STARTUP_MARKS.evalStart);
getApiClient();
