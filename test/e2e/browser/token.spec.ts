import WebSocket from 'ws';
import { expect, test } from './fixtures';

function connect(url: string, headers: Record<string, string> = {}): Promise<{ opened: boolean; status: number | null }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve({ opened: true, status: null });
    });
    ws.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode ?? null }));
    ws.on('error', () => resolve({ opened: false, status: null }));
  });
}

test('the API is refused without the per-run token; a page opened without it says so and shows no workspace', async ({ page, app, request }) => {
  const wrongToken = await request.get(`${app.origin}/?token=not-the-token`);
  expect(wrongToken.status()).toBe(401);

  const ws = app.origin.replace('http', 'ws');
  expect(await connect(`${ws}/api`)).toEqual({ opened: false, status: 401 });
  expect(await connect(`${ws}/api?token=wrong`)).toEqual({ opened: false, status: 401 });
  expect(await connect(`${ws}/api?token=${app.token}`, { Origin: 'http://evil.example' })).toEqual({ opened: false, status: 401 });
  expect(await connect(`${ws}/api?token=${app.token}`)).toEqual({ opened: true, status: null });

  // A browser without the token gets the app's code (no workspace data) and is told to open the printed address.
  await page.goto(`${app.origin}/`);
  await expect(page.getByTestId('connection-notice')).toContainText('opened without its access link');
  await expect(page.getByTestId('queue-row')).toHaveCount(0);
});

test('the token stays in its tab: no cookie, so other services on 127.0.0.1 never get it; a reload keeps working', async ({ page, app, context }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  expect(page.url()).not.toContain(app.token);
  expect(await context.cookies()).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('first-run')).toBeVisible();
  await expect(page.getByTestId('connection-notice')).toHaveCount(0);
});
