// The page's entry script: small, so it runs as soon as the page is parsed, while the browser
// still loads and parses the app's code (renderer/main.tsx, about 700 KB, which it then imports).
// Meanwhile it does what the app would otherwise do only after its code has run
// (docs/decisions.md D24):
// - creates the API client, which in browser mode opens the WebSocket;
// - asks the core for the first screen's reads (`prefetch`): the core answers while the app's code
//   loads, and the app's slices take those answers when they ask;
// - builds the date formats of this device's time zone when the browser is idle (the first
//   `Intl.DateTimeFormat` costs tens of milliseconds; the queue's rows need them).
import { getApiClient, isBrowserMode, prefetch } from './api/index';
import { firstReads } from './app/firstReads';
import { prepareInstantFormats } from './lib/format';
import { STARTUP_MARKS, markStartup } from './lib/startupMarks';

markStartup(STARTUP_MARKS.boot);
getApiClient();
for (const [method, input] of firstReads(isBrowserMode())) prefetch(method, input);
prepareInstantFormats(undefined);
void import('./main');
